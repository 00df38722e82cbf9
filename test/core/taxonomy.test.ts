import { describe, expect, it } from 'vitest'
import { ApiError, apiErrorTypes, isApiError, parseApiError } from '../../src/core/index.js'
import type { ApiErrorAction, ApiErrorType } from '../../src/core/index.js'

// The DESIGN table, written out independently of the source so a wrong row fails here.
const TABLE: [ApiErrorType, number, ApiErrorAction, boolean][] = [
  ['Unauthorized', 401, 'signIn', false],
  ['Forbidden', 403, 'requestAccess', false],
  ['PaymentRequired', 402, 'upgrade', false],
  ['QuotaExceeded', 403, 'upgrade', false],
  ['LimitExceeded', 413, 'fixInput', false],
  ['PayloadTooLarge', 413, 'fixInput', false],
  ['InvalidPayload', 400, 'fixInput', false],
  ['UnsupportedMediaType', 415, 'fixInput', false],
  ['MethodNotFound', 405, 'none', false],
  ['ResourceNotFound', 404, 'none', false],
  ['InvalidJsonSchema', 400, 'fixInput', false],
  ['InvalidDataFormat', 400, 'fixInput', false],
  ['InvalidIdentifier', 400, 'fixInput', false],
  ['RelationConflict', 409, 'fixInput', false],
  ['ReferenceConstraint', 409, 'fixInput', false],
  ['ReferenceNotFound', 400, 'fixInput', false],
  ['InvalidQuery', 400, 'fixInput', false],
  ['Runtime', 400, 'contactSupport', false],
  ['AlreadyExists', 409, 'fixInput', false],
  ['RateLimited', 429, 'retry', true],
  ['BreakingChanges', 400, 'fixInput', false],
  ['ResourceLockedConflict', 409, 'retry', true],
  ['Unknown', 500, 'retry', true],
  ['Internal', 500, 'retry', true],
  ['Conflict', 409, 'fixInput', false],
  ['Unavailable', 503, 'retry', true],
  ['Timeout', 408, 'retry', true],
  ['Network', 0, 'retry', true],
  ['Aborted', 0, 'none', false],
]
const BOTPRESS_TYPES = TABLE.slice(0, 24).map(([type]) => type)

describe('the taxonomy', () => {
  it('has exactly the 29 types of the contract, in order', () => {
    expect(apiErrorTypes).toEqual(TABLE.map(([type]) => type))
  })

  it.each(TABLE)('%s: default status %i, action %s, retryable %s', (type, status, action, retryable) => {
    const error = new ApiError({ type })
    expect(error).toMatchObject({ name: 'ApiError', type, status, action, retryable })
    expect(isApiError(error, type)).toBe(true)
    expect(error).toBeInstanceOf(Error)
  })
})

describe('Botpress bodies: the type wins over the status', () => {
  // Each body is sent with a status that, alone, would mean something else (a 418).
  it.each(BOTPRESS_TYPES.filter((t) => t !== 'Unknown' && t !== 'Internal'))('%s', (type) => {
    const { status } = new ApiError({ type })
    const body = { id: 'err_1700000000_abc', code: status, type, message: `${type} happened` }
    const fromBody = parseApiError(body)
    expect(fromBody).toMatchObject({ type, status, id: 'err_1700000000_abc', message: `${type} happened`, code: type })
    const fromResponse = parseApiError({ status: 418, headers: {}, data: body })
    expect(fromResponse.type).toBe(type)
    expect(fromResponse.status).toBe(418) // the real status wins over the one in the body
  })

  it.each(['Unknown', 'Internal'] as const)('%s (500)', (type) => {
    expect(parseApiError({ id: 'err_2', code: 500, type, message: 'boom' })).toMatchObject({ type, status: 500 })
  })

  it('a 403 QuotaExceeded is not Forbidden, a 413 LimitExceeded is not PayloadTooLarge', () => {
    expect(parseApiError({ status: 403, headers: {}, data: { type: 'QuotaExceeded', code: 403 } }).type).toBe(
      'QuotaExceeded',
    )
    expect(parseApiError({ status: 403, headers: {}, data: {} }).type).toBe('Forbidden')
    expect(parseApiError({ status: 413, headers: {}, data: { type: 'LimitExceeded', code: 413 } }).type).toBe(
      'LimitExceeded',
    )
    expect(parseApiError({ status: 413, headers: {}, data: {} }).type).toBe('PayloadTooLarge')
  })

  it('maps Botpress types outside the 24 through the alias table', () => {
    expect(parseApiError({ code: 410, type: 'ResourceGone', message: 'gone' }).type).toBe('ResourceNotFound')
    expect(parseApiError({ code: 504, type: 'OperationTimeout', message: 'slow' }).type).toBe('Timeout')
  })
})

describe('the status fallback table', () => {
  const STATUS: [number, ApiErrorType][] = [
    [400, 'InvalidPayload'],
    [401, 'Unauthorized'],
    [402, 'PaymentRequired'],
    [403, 'Forbidden'],
    [404, 'ResourceNotFound'],
    [405, 'MethodNotFound'],
    [408, 'Timeout'],
    [409, 'Conflict'],
    [410, 'ResourceNotFound'],
    [413, 'PayloadTooLarge'],
    [415, 'UnsupportedMediaType'],
    [422, 'InvalidDataFormat'],
    [423, 'ResourceLockedConflict'],
    [429, 'RateLimited'],
    [500, 'Internal'],
    [502, 'Unavailable'],
    [503, 'Unavailable'],
    [504, 'Timeout'],
    [418, 'Unknown'],
    [451, 'Unknown'],
    [499, 'Unknown'],
    [501, 'MethodNotFound'],
    [520, 'Internal'],
    [529, 'Unavailable'],
    [599, 'Internal'],
  ]
  it.each(STATUS)('a bare %i is %s', (status, type) => {
    const error = parseApiError(new Response(null, { status }))
    expect(error.type).toBe(type)
    expect(error.status).toBe(status)
  })

  it('a success or an informational status is Unknown, not a guess', () => {
    expect(parseApiError(new Response('{}', { status: 200 })).type).toBe('Unknown')
  })
})
