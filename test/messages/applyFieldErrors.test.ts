import { describe, expect, it } from 'vitest'
import { ApiError, applyFieldErrors, en } from '../../src/index.js'
import fr from '../../src/messages/locales/fr.js'

const invalid = (status = 422) =>
  new ApiError({
    type: 'InvalidDataFormat',
    status,
    message: 'Validation failed: internal detail',
    fieldErrors: [
      { path: 'email', message: 'is taken' },
      { path: 'email', message: 'is too long' },
      { path: 'address.0.street', message: 'is required' },
    ],
  })

function recorder() {
  const calls: Array<[string, { type: string; message: string }]> = []
  return {
    calls,
    setError: (path: string, error: { type: 'server'; message: string }) => void calls.push([path, error]),
  }
}

describe('applyFieldErrors', () => {
  it('marks each path once with its first message; without `fields` every path is a field', () => {
    const { calls, setError } = recorder()
    expect(applyFieldErrors(invalid(), setError)).toEqual([{ path: 'email', message: 'is too long' }])
    expect(calls).toEqual([
      ['email', { type: 'server', message: 'is taken' }],
      ['address.0.street', { type: 'server', message: 'is required' }],
    ])
  })

  it("sends the server's messages for paths outside `fields` to a chosen root; focuses the first field in `fields` order", () => {
    const calls: unknown[][] = []
    const missed = applyFieldErrors(invalid(), (...args) => void calls.push(args), {
      fields: ['address.0.street', 'email'],
      root: 'root.api',
      messages: fr,
    })
    expect(missed).toEqual([{ path: 'email', message: 'is too long' }])
    expect(calls).toEqual([
      ['email', { type: 'server', message: 'is taken' }, undefined],
      ['address.0.street', { type: 'server', message: 'is required' }, { shouldFocus: true }],
    ])
    calls.length = 0
    applyFieldErrors(invalid(), (...args) => void calls.push(args), { fields: ['email'], root: 'root.api' })
    expect(calls.at(-1)).toEqual(['root.api', { type: 'server', message: 'is required' }])
  })

  it('puts the catalog title on root, in the given catalog or translate adapter, when the server names no field', () => {
    const { calls, setError } = recorder()
    const conflict = new ApiError({ type: 'Conflict', status: 409, message: 'version mismatch' })
    applyFieldErrors(conflict, setError, { messages: fr })
    applyFieldErrors(conflict, setError, {
      translate: (key) => (key === 'apiErrors.types.Conflict.title' ? 'Konflikt' : undefined),
    })
    expect(calls).toEqual([
      ['root.server', { type: 'server', message: fr.types.Conflict.title }],
      ['root.server', { type: 'server', message: 'Konflikt' }],
    ])
  })

  it('never puts 5xx text on a field: the catalog title goes to root instead', () => {
    const { calls, setError } = recorder()
    // Not even in what it returns: an app that lists the unplaced errors shows no server text.
    expect(applyFieldErrors(invalid(500), setError)).toEqual([])
    expect(calls).toEqual([['root.server', { type: 'server', message: en.types.InvalidDataFormat.title }]])
  })

  it('with root: false, only fields are marked; nothing at all for no error or an abort', () => {
    const { calls, setError } = recorder()
    applyFieldErrors(new ApiError({ type: 'Conflict', status: 409 }), setError, { root: false })
    applyFieldErrors(null, setError)
    expect(applyFieldErrors(new DOMException('gone', 'AbortError'), setError)).toEqual([])
    expect(calls).toEqual([])
  })

  it('explains misuse', () => {
    expect(() => applyFieldErrors(invalid(), () => undefined, { root: 5 as never })).toThrow(
      /root must be a field name or false .*\(got 5\)/,
    )
    expect(() => applyFieldErrors(invalid(), undefined as never)).toThrow(
      /setError must be a function .*\(got undefined\)/,
    )
    expect(() => applyFieldErrors(invalid(), recorder().setError, { fields: 'email' as never })).toThrow(
      /fields must be an array/,
    )
  })
})
