import { describe, expect, it } from 'vitest'
import { parseApiError, readApiError } from '../../src/core/index.js'

// Codes of APIs the kit has no table for, read by their words. Bodies written for these tests.
const response = (status: number, data: unknown, headers: Record<string, string> = {}) => ({ status, headers, data })

describe('codes are read by their words, in any field and spelling', () => {
  it.each([
    [
      'a snake_case error.code',
      response(400, { error: { code: 'item_name_in_use', message: 'Pick another name' } }),
      'AlreadyExists',
    ],
    ['a SCREAMING errorCode', response(422, { errorCode: 'USER_EMAIL_TAKEN', errorMessage: 'Taken' }), 'AlreadyExists'],
    [
      'a Kubernetes-style reason on a 409',
      response(409, { kind: 'Status', status: 'Failure', reason: 'AlreadyExists', code: 409 }),
      'AlreadyExists',
    ],
    ['a camelCase type', response(404, { type: 'widgetNotFound', title: 'No widget' }), 'ResourceNotFound'],
    [
      'a tagged summary',
      response(409, { error_summary: 'path/not_found/...', error: { '.tag': 'path' } }),
      'ResourceNotFound',
    ],
    [
      'an AWS __type',
      response(400, { __type: 'com.example.widgets#WidgetQuotaExceededException', message: 'No more widgets' }),
      'QuotaExceeded',
    ],
    ['a string status', response(429, { status: 'RATE_LIMITED', message: 'Easy there' }), 'RateLimited'],
    [
      'a PascalCase name',
      response(400, { name: 'ValidationError', message: 'Two fields are wrong' }),
      'InvalidDataFormat',
    ],
    [
      'an OAuth-style error',
      response(400, { error: 'expired_token', error_description: 'The token expired' }),
      'Unauthorized',
    ],
    ['an error on a 200', response(200, { ok: false, error: 'card_declined' }), 'PaymentRequired'],
  ])('%s', (_label, input, type) => expect(parseApiError(input).type).toBe(type))

  it('a code that names a credential is Unauthorized even on a 403', () => {
    const error = parseApiError(response(403, { error: { type: 'invalid_api_key', message: 'Check your key' } }))
    expect(error).toMatchObject({ type: 'Unauthorized', status: 403, code: 'invalid_api_key', action: 'signIn' })
  })

  it('a missing parameter is the request’s fault, never a missing resource', () => {
    for (const code of ['parameter_not_found', 'missing_parameter', 'MISSING_REQUIRED_FIELD']) {
      expect(parseApiError(response(400, { code })).type).toBe('InvalidDataFormat')
      expect(parseApiError(response(404, { code })).type).not.toBe('ResourceNotFound')
    }
  })

  it('a quota on a 429 is a quota, a rate limit on a 403 a rate limit, a lock on a 429 a lock', () => {
    expect(parseApiError(response(429, { error: { code: 'monthly_usage_limit_exceeded' } })).type).toBe('QuotaExceeded')
    expect(parseApiError(response(403, { error: 'too_many_requests' })).type).toBe('RateLimited')
    expect(parseApiError(response(429, { error: { code: 'operation_in_progress' } })).type).toBe(
      'ResourceLockedConflict',
    )
  })
})

describe('the status decides when the words say little', () => {
  it('words that only say the request was bad yield to the status', () => {
    expect(parseApiError(response(401, { error: { type: 'invalid_request_error' } })).type).toBe('Unauthorized')
    expect(parseApiError(response(404, { code: 'BAD_REQUEST' })).type).toBe('ResourceNotFound')
    expect(parseApiError(response(400, { code: 'bad_request' })).type).toBe('InvalidPayload')
    // With no status, they are all there is.
    expect(parseApiError({ ok: false, error: 'invalid_arguments' }).type).toBe('InvalidPayload')
  })

  it('a weak code lets a later, stronger code decide', () => {
    const body = { error: { code: 'INVALID_ARGUMENT', details: [{ reason: 'API_KEY_EXPIRED' }] } }
    expect(parseApiError(response(400, body))).toMatchObject({ type: 'Unauthorized', code: 'API_KEY_EXPIRED' })
  })

  it('Unknown-ish words, invalid alone and numbers say nothing', () => {
    for (const code of ['unknown_error', 'UnknownError', 'invalid', 'error', 'E1234', 'request_failed']) {
      expect(parseApiError(response(403, { code })).type).toBe('Forbidden')
      expect(parseApiError(response(502, { code })).type).toBe(
        code.startsWith('unknown') || code.startsWith('Unknown') ? 'Unknown' : 'Unavailable',
      )
    }
  })

  it('a body never names a transport failure: gRPC ABORTED on a 409 is a conflict, not a cancelled request', () => {
    const error = parseApiError(response(409, { error: { code: 409, status: 'ABORTED', message: 'Retry the read' } }))
    expect(error).toMatchObject({ type: 'Conflict', code: 'ABORTED' })
    expect(parseApiError(response(503, { code: 'Network' })).type).toBe('Unavailable')
  })

  it('a sentence is not a code', () => {
    const error = parseApiError(
      response(503, { error: 'The upstream timed out while we were busy rebuilding the search index for you' }),
    )
    expect(error.type).toBe('Unavailable')
  })
})

describe('tables and aliases still win over words', () => {
  it('an exception the table keeps: Google’s QUOTA_EXHAUSTED with a retry delay is a rate limit', () => {
    const body = {
      error: {
        code: 429,
        status: 'RESOURCE_EXHAUSTED',
        details: [
          { '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'QUOTA_EXHAUSTED' },
          { '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: '3s' },
        ],
      },
    }
    expect(parseApiError(response(429, body))).toMatchObject({ type: 'RateLimited', retryAfterMs: 3000 })
  })

  it('AWS ResourceInUse is a resource being changed, not a name in use', () => {
    expect(parseApiError(response(400, { __type: 'ResourceInUseException' })).type).toBe('ResourceLockedConflict')
  })

  it('an app’s alias beats what the words say', async () => {
    const input = new Response(JSON.stringify({ error: { code: 'seat_quota_full' } }), { status: 403 })
    expect((await readApiError(input.clone())).type).toBe('QuotaExceeded')
    expect((await readApiError(input, undefined, { aliases: { seat_quota_full: 'PaymentRequired' } })).type).toBe(
      'PaymentRequired',
    )
  })
})
