import { describe, expect, it } from 'vitest'
import { parseApiError } from '../../src/core/index.js'
import type { ApiErrorType } from '../../src/core/index.js'

// Clients the kit was never shown: their failures are read by where they keep status, headers and
// body, not by their class. (test/clients makes 16 real clients fail against real servers.)

const wait = { 'retry-after': '5' }
const body = { error: 'maintenance', message: 'Back soon' }

const cases: [string, unknown, { type: ApiErrorType; status: number; retryAfterMs?: number; message?: string }][] = [
  [
    'statusCode, a Map of headers and a body (Fastify, hapi, undici.request)',
    { statusCode: 503, headers: new Map([['retry-after', '5']]), body },
    { type: 'Unavailable', status: 503, retryAfterMs: 5000, message: 'Back soon' },
  ],
  [
    'an Error with response.statusCode, response.headers and response.body',
    Object.assign(new Error('Response code 503'), { response: { statusCode: 503, headers: wait, body } }),
    { type: 'Unavailable', status: 503, retryAfterMs: 5000, message: 'Back soon' },
  ],
  [
    'an Error with httpStatus and a json body',
    Object.assign(new Error('failed'), { httpStatus: 429, headers: wait, json: body }),
    { type: 'RateLimited', status: 429, retryAfterMs: 5000, message: 'Back soon' },
  ],
  [
    'an Error with status and info, as SWR’s docs build it',
    Object.assign(new Error('An error occurred while fetching the data.'), { status: 404, info: body }),
    { type: 'ResourceNotFound', status: 404, message: 'Back soon' },
  ],
  [
    'a body as text in bodyText',
    Object.assign(new Error('Response not successful'), { statusCode: 502, bodyText: '<html>Bad gateway</html>' }),
    { type: 'Unavailable', status: 502 },
  ],
  [
    'a result object with status and error (as Supabase returns)',
    { data: null, error: { message: 'JWT expired', code: 'PGRST301' }, status: 401 },
    { type: 'Unauthorized', status: 401, message: 'JWT expired' },
  ],
  [
    'a proxy page that could not be parsed, its status kept as originalStatus',
    { status: 'PARSING_ERROR', originalStatus: 503, data: '<!doctype html><title>503</title>' },
    { type: 'Unavailable', status: 503 },
  ],
  [
    "a browser's FETCH_ERROR",
    { status: 'FETCH_ERROR', error: 'TypeError: Failed to fetch' },
    { type: 'Network', status: 0 },
  ],
  [
    'a status an error claims although its cause says it never got an answer',
    Object.assign(new Error('connect ECONNREFUSED'), { status: 500, cause: new TypeError('fetch failed') }),
    { type: 'Network', status: 0 },
  ],
  [
    'an AbortError some client gave a status',
    Object.assign(new DOMException('This operation was aborted', 'AbortError'), { status: 500 }),
    { type: 'Aborted', status: 0 },
  ],
  ['a request that timed out, in its message', new Error('Request timed out.'), { type: 'Timeout', status: 0 }],
  [
    'a wrapped error that knows more (networkError)',
    Object.assign(new Error('Network request failed'), {
      networkError: Object.assign(new Error('Response not successful'), {
        statusCode: 429,
        response: { status: 429, headers: wait },
        result: { errors: [{ message: 'Slow down', extensions: { code: 'RATE_LIMITED' } }] },
      }),
    }),
    { type: 'RateLimited', status: 429, retryAfterMs: 5000, message: 'Slow down' },
  ],
]

describe('client failures read by shape', () => {
  it.each(cases)('%s', (_shape, input, expected) => {
    expect(parseApiError(input)).toMatchObject(expected)
  })

  it('a plain body with a status is still read whole', () => {
    const error = parseApiError({ status: 422, title: 'Invalid', errors: [{ pointer: '/email', detail: 'is taken' }] })
    expect(error).toMatchObject({ type: 'InvalidDataFormat', status: 422 })
    expect(error.fieldErrors).toEqual([{ path: 'email', message: 'is taken' }])
  })
})
