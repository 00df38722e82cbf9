import { inspect } from 'node:util'
import { describe, expect, it, vi } from 'vitest'
import * as core from '../../src/core/index.js'

const { ApiError, isApiError, parseApiError } = core

const CANARY = 'tok_CANARY_4f9a8b7c6d5e'

describe('ApiError', () => {
  it('is an Error with the safe fields only in toJSON', () => {
    const error = new ApiError({
      type: 'RateLimited',
      retryAfterMs: 3000,
      id: 'err_1',
      code: 'rate_limited',
      request: { method: 'get', url: '/x' },
    })
    expect(error).toBeInstanceOf(Error)
    expect(error.message).toBe('RateLimited error')
    expect(Object.keys(error.toJSON()).sort()).toEqual(
      [
        'action',
        'cause',
        'code',
        'fieldErrors',
        'id',
        'message',
        'name',
        'request',
        'retryAfterMs',
        'retryable',
        'status',
        'type',
      ].sort(),
    )
    expect(error.request).toEqual({ method: 'GET', url: '/x' })
  })

  it('refuses an unknown type with a message that says what to do', () => {
    expect(() => new ApiError({ type: 'Teapot' as never })).toThrow(/must be an ApiErrorType.*parseApiError/)
    expect(() => new ApiError(undefined as never)).toThrow(Error)
  })

  it('keeps only the name, message and code of its cause', () => {
    const original = Object.assign(new Error('Request failed'), {
      code: 'ERR_BAD_RESPONSE',
      config: { headers: { Authorization: `Bearer ${CANARY}` } },
      request: { headers: { authorization: CANARY } },
    })
    const error = new ApiError({ type: 'Internal', cause: original })
    expect(error.cause).toEqual({ name: 'Error', message: 'Request failed', code: 'ERR_BAD_RESPONSE' })
    expect(JSON.stringify(error)).not.toContain(CANARY)
    expect(inspect(error, { depth: 10, showHidden: true })).not.toContain(CANARY)
  })

  it('redacts tokens from URLs and messages it is given', () => {
    const error = new ApiError({
      type: 'Unauthorized',
      message: `Bad token Bearer ${CANARY} for https://u:${CANARY}@api.test/v1?api_key=${CANARY}`,
      request: {
        method: 'GET',
        url: `https://api.test/v1/x?page=2&access_token=${CANARY}&apiKey=${CANARY}&sig=${CANARY}#token=${CANARY}`,
      },
      cause: new Error(`GET https://api.test/?token=${CANARY}`),
    })
    for (const text of [
      JSON.stringify(error),
      String(error),
      error.stack ?? '',
      inspect(error, { showHidden: true, depth: 10 }),
    ]) {
      expect(text).not.toContain(CANARY)
    }
    expect(error.request?.url).toBe(
      'https://api.test/v1/x?page=2&access_token=[REDACTED]&apiKey=[REDACTED]&sig=[REDACTED]#token=[REDACTED]',
    )
  })

  it('clips long server text', () => {
    expect(new ApiError({ type: 'InvalidPayload', message: 'x'.repeat(5000) }).message.length).toBeLessThanOrEqual(1000)
  })

  it('ignores a status outside 0–599 and uses the type default', () => {
    expect(new ApiError({ type: 'Conflict', status: 1000 }).status).toBe(409)
    expect(new ApiError({ type: 'Conflict', status: Number.NaN }).status).toBe(409)
  })
})

describe('request ids', () => {
  it.each(['x-request-id', 'request-id', 'x-correlation-id', 'x-amzn-requestid'])('from the %s header', (name) => {
    expect(parseApiError(new Response(null, { status: 500, headers: { [name]: 'req-42' } })).id).toBe('req-42')
  })

  it('prefers the id in the body', () => {
    const response = { status: 500, headers: { 'X-Request-Id': 'req-42' }, data: { type: 'Internal', id: 'err_9' } }
    expect(parseApiError(response).id).toBe('err_9')
  })
})

describe('isApiError', () => {
  it('narrows by type', () => {
    const error: unknown = new ApiError({ type: 'Forbidden' })
    expect(isApiError(error)).toBe(true)
    expect(isApiError(error, 'Forbidden')).toBe(true)
    expect(isApiError(error, 'Unauthorized')).toBe(false)
  })

  it('recognises an ApiError from a second copy of the package, which instanceof misses', async () => {
    vi.resetModules() // the next import evaluates every core module again, as a duplicated bundle would
    const copy: typeof core = await import('../../src/core/index.js')
    const foreign = new copy.ApiError({ type: 'Timeout' })
    expect(foreign instanceof ApiError).toBe(false)
    expect(isApiError(foreign, 'Timeout')).toBe(true)
    expect(parseApiError(foreign)).toBe(foreign)
  })

  it('rejects look-alikes and hostile values without throwing', () => {
    const trap = new Proxy(
      {},
      {
        get: () => {
          throw new Error('trap')
        },
      },
    )
    expect(isApiError({ name: 'ApiError', type: 'Forbidden' })).toBe(false)
    expect(isApiError(trap)).toBe(false)
    expect(isApiError(null)).toBe(false)
    expect(parseApiError(trap).type).toBe('Unknown')
  })
})
