import { describe, expect, it } from 'vitest'
import { parseApiError } from '../../src/core/index.js'

// Field lists, request ids and waits of APIs the kit has no table for, read by their shape.
// Bodies written for these tests.
const response = (status: number, data: unknown, headers: Record<string, string> = {}) => ({ status, headers, data })
const fields = (status: number, data: unknown) => parseApiError(response(status, data)).fieldErrors

describe('field errors from any list of field items or map of messages', () => {
  it.each([
    [
      'invalidFields[].name',
      { message: 'Invalid input', invalidFields: [{ name: 'email', reason: 'is not an email' }] },
    ],
    ['errors[].property', { errors: [{ property: 'email', message: 'is not an email' }] }],
    [
      'violations[].field',
      { title: 'Constraint Violation', violations: [{ field: 'email', message: 'is not an email' }] },
    ],
    ['validation_errors[].attribute', { validation_errors: [{ attribute: 'email', error: 'is not an email' }] }],
    ['causes[].fieldName', { causes: [{ fieldName: 'email', description: 'is not an email' }] }],
    ['errors[].key', { errors: [{ key: 'email', msg: 'is not an email' }] }],
    ['invalid_params[].param', { invalid_params: [{ param: 'email', detail: 'is not an email' }] }],
    ['error.fieldErrors map', { error: { code: 'BAD_INPUT', fieldErrors: { email: ['is not an email'] } } }],
    ['data.{field}: message', { status: 'fail', data: { email: 'is not an email' } }],
    [
      'details.{field}: [{ error, description }]',
      { message: 'Invalid', details: { email: [{ error: 'format', description: 'is not an email' }] } },
    ],
    [
      'zod flatten() under data',
      { code: 'BAD_REQUEST', data: { zodError: { formErrors: [], fieldErrors: { email: ['is not an email'] } } } },
    ],
    ['zod issues', { issues: [{ code: 'invalid_string', path: ['email'], message: 'is not an email' }] }],
  ])('%s', (_label, body) => expect(fields(422, body)).toEqual([{ path: 'email', message: 'is not an email' }]))

  it('paths are dotted: JSON pointers without /data/attributes/, FastAPI loc without its head, brackets', () => {
    expect(
      fields(422, {
        errors: [
          { source: { pointer: '/data/attributes/first-name' }, detail: 'is required' },
          { loc: ['body', 'address', 0, 'zip'], msg: 'is required' },
          { field: 'items[0][price]', message: 'is required' },
          { path: ['tags', 2], message: 'is too long' },
        ],
      }),
    ).toEqual([
      { path: 'first-name', message: 'is required' },
      { path: 'address.0.zip', message: 'is required' },
      { path: 'items.0.price', message: 'is required' },
      { path: 'tags.2', message: 'is too long' },
    ])
  })

  it('does not turn every object into field errors', () => {
    // Metadata under `data` or `details`: ids and dates, not messages.
    expect(fields(400, { message: 'Bad', data: { request_id: 'req_8f2a', at: '2025-01-01T00:00:00Z' } })).toEqual([])
    expect(fields(400, { message: 'Bad', details: { reason: 'QUOTA', retryable: false } })).toEqual([])
    // One error object under `errors` is one error, not fields named `code` and `message`.
    expect(fields(400, { errors: { code: 'E42', message: 'Something is off' } })).toEqual([])
    // A GraphQL error's path names a field of the result, not of the input.
    expect(
      fields(200, { errors: [{ message: 'No access', path: ['viewer'], extensions: { code: 'FORBIDDEN' } }] }),
    ).toEqual([])
    // Items that name no field.
    expect(fields(400, { errors: [{ code: 1003, message: 'Invalid zone' }] })).toEqual([])
  })

  it('a 400 with field errors is InvalidDataFormat', () => {
    expect(parseApiError(response(400, { invalidFields: [{ name: 'age', message: 'must be a number' }] })).type).toBe(
      'InvalidDataFormat',
    )
  })

  it('stops collecting at 100, whatever the body holds', () => {
    const errors = Array.from({ length: 10_000 }, (_, i) => ({ field: `f${i}`, message: 'is invalid' }))
    const map = Object.fromEntries(errors.map(({ field }) => [field, ['is invalid']]))
    for (const body of [{ errors }, { errors: map }, { data: map }]) {
      const found = fields(422, body)
      expect(found).toHaveLength(100)
      expect(found[99]).toEqual({ path: 'f99', message: 'is invalid' })
    }
  })
})

describe('request ids from headers and bodies', () => {
  it('any *request-id, *trace-id or *correlation-id header', () => {
    expect(parseApiError(response(500, {}, { 'X-Acme-Request-Id': 'acme-7f3e' })).id).toBe('acme-7f3e')
    expect(parseApiError(response(500, {}, { 'x-widget-trace-id': 'tr-1' })).id).toBe('tr-1')
    expect(parseApiError(response(500, {}, { 'X-Correlation-ID': 'c-9' })).id).toBe('c-9')
    // A request id before a trace or a proxy's ray id.
    expect(parseApiError(response(502, {}, { 'cf-ray': '8a1b-AMS', 'x-acme-request-id': 'acme-1' })).id).toBe('acme-1')
  })

  it('request-id-like body keys up to three levels deep', () => {
    expect(parseApiError(response(500, { error: 'oops', meta: { request_id: 'req_77' } })).id).toBe('req_77')
    expect(parseApiError(response(500, { error: { message: 'oops', traceId: 't-5' } })).id).toBe('t-5')
    expect(parseApiError(response(500, { error: { context: { correlation_id: 'c-3' } } })).id).toBe('c-3')
    expect(parseApiError(response(500, { a: { b: { c: { request_id: 'too-deep' } } } })).id).toBeUndefined()
  })

  it('never the error code', () => {
    const error = parseApiError(response(404, { id: 'not_found', message: 'No such widget', request_id: 'req_4b1' }))
    expect(error).toMatchObject({ id: 'req_4b1', code: 'not_found', type: 'ResourceNotFound' })
    expect(parseApiError(response(429, { id: 'too_many_requests', message: 'Slow down' })).id).toBeUndefined()
    // An id whose words name nothing, or with a type beside it, is the request's own (Botpress).
    expect(parseApiError(response(503, { message: 'maintenance', id: 'req_a' })).id).toBe('req_a')
    expect(parseApiError(response(429, { id: 'err_quota', type: 'RateLimited', message: 'x' })).id).toBe('err_quota')
  })
})

describe('waits from bodies and text, only when the response asks the client to wait', () => {
  it('retry_after-like keys up to three levels deep, in seconds unless the key says ms', () => {
    const wait = (data: unknown, status = 429) => parseApiError(response(status, data)).retryAfterMs
    expect(wait({ ok: false, description: 'Too Many Requests', parameters: { retry_after: 7 } })).toBe(7000)
    expect(wait({ error: { code: 'rate_limited', retryAfterSeconds: '2.5' } })).toBe(2500)
    expect(wait({ error: { retryAfterMs: 1500 } })).toBe(1500)
    expect(wait({ retry_after_ms: '250' })).toBe(250)
    expect(wait({ error: { details: { limits: { retry_after: 9 } } } })).toBeUndefined()
    expect(wait({ retry_after: 7 }, 400)).toBeUndefined()
    expect(wait({ retry_after: 7 }, 503)).toBe(7000)
  })

  it('"retry after N seconds" in the message', () => {
    const wait = (message: string, status = 429) => parseApiError(response(status, { message })).retryAfterMs
    expect(wait('Rate limit reached. Retry after 30 seconds.')).toBe(30_000)
    expect(wait('Please try again in 2.5s')).toBe(2500)
    expect(wait('Busy; try again in 500 ms', 503)).toBe(500)
    expect(wait('Try again after 2 minutes')).toBe(120_000)
    expect(wait('Retry after 30 seconds', 400)).toBeUndefined()
    expect(wait('Retry after a while')).toBeUndefined()
  })

  it('a header wins over the body, the body over the text', () => {
    const data = { message: 'retry after 60 seconds', retry_after: 5 }
    expect(parseApiError(response(429, data, { 'retry-after': '1' })).retryAfterMs).toBe(1000)
    expect(parseApiError(response(429, data)).retryAfterMs).toBe(5000)
  })

  it('a 401 or 403 that sends Retry-After keeps its type, and its wait', () => {
    expect(parseApiError(response(403, {}, { 'Retry-After': '60' }))).toMatchObject({
      type: 'Forbidden',
      retryAfterMs: 60_000,
    })
    expect(parseApiError(response(401, {}, { 'Retry-After': '60' }))).toMatchObject({
      type: 'Unauthorized',
      retryAfterMs: 60_000,
    })
  })
})

describe('hostile input (output only; speed is in npm run bench)', () => {
  it('long runs in keys, codes and messages', () => {
    const run = 'retry after 1'.repeat(5000)
    expect(parseApiError(response(429, { message: `${run} seconds` })).retryAfterMs).toBeUndefined()
    const key = `${'request_'.repeat(5000)}x`
    expect(parseApiError(response(500, { [key]: 'v', [`${'retry'.repeat(5000)}after`]: 3 })).id).toBeUndefined()
    const code = 'invalidToken'.repeat(5000)
    expect(parseApiError(response(400, { code, errors: { [`${'errors'.repeat(5000)}`]: 'x y' } })).type).toBe(
      'InvalidDataFormat',
    )
    expect(parseApiError(response(500, {}, { [`x-${'request-'.repeat(5000)}ids`]: 'v' })).id).toBeUndefined()
  })
})
