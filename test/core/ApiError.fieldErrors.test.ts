import { describe, expect, it } from 'vitest'
import { ApiError, parseApiError } from '../../src/core/index.js'

// Field errors from a hostile server: bounded in number, and each path kept like any other text.
describe('field errors from a hostile server', () => {
  it('keeps at most 100 field errors, in order', () => {
    const errors = Array.from({ length: 5000 }, (_, i) => ({ field: `field${i}`, message: 'is invalid' }))
    const error = parseApiError({ status: 422, data: { message: 'Invalid', errors } })
    expect(error.fieldErrors).toHaveLength(100)
    expect(error.fieldErrors[0]).toEqual({ path: 'field0', message: 'is invalid' })
    expect(error.fieldErrors[99]?.path).toBe('field99')
  })

  it('new ApiError keeps at most 100 of the field errors it is given, in order', () => {
    // Built directly (not through the parser, which caps first): the class holds its own cap.
    const fieldErrors = Array.from({ length: 5000 }, (_, i) => ({ path: `field${i}`, message: 'is invalid' }))
    const error = new ApiError({ type: 'InvalidDataFormat', fieldErrors })
    expect(error.fieldErrors).toHaveLength(100)
    expect(error.fieldErrors[99]).toEqual({ path: 'field99', message: 'is invalid' })
    expect(error.toJSON().fieldErrors).toHaveLength(100)
  })

  it('clips and redacts each path like every other text', () => {
    const path = `${'a'.repeat(5000)}?access_token=tok-CANARY`
    const error = parseApiError({
      status: 422,
      data: { errors: [{ field: `?password=CANARY2 ${path}`, message: 'bad' }] },
    })
    const kept = error.fieldErrors[0]?.path ?? ''
    expect(kept.length).toBeLessThanOrEqual(1000)
    expect(kept).not.toContain('CANARY')
    expect(kept.startsWith('?password=[REDACTED]')).toBe(true)
  })

  it('keeps a path that is not a string as empty text, never as an object', () => {
    const error = new ApiError({
      type: 'InvalidDataFormat',
      fieldErrors: [{ path: { toString: () => 'x' } as never, message: 'bad' }],
    })
    expect(error.fieldErrors).toEqual([{ path: '', message: 'bad' }])
  })
})
