import { describe, expect, it } from 'vitest'
import { codeWords } from '../../../../src/core/parse/codeWords.js'
import { typeForWords } from '../../../../src/core/parse/typeForWords.js'
import type { ApiErrorType } from '../../../../src/core/index.js'

const read = (code: string) => {
  const words = codeWords(code)
  return words === undefined ? undefined : typeForWords(words)
}

const cases: Record<ApiErrorType | 'nothing', string[]> = {
  AlreadyExists: [
    'item_name_in_use',
    'USER_EMAIL_TAKEN',
    'DuplicateRecord',
    'EmailAlreadyExists',
    'not_unique',
    'DUPLICATE_INVOICE_ID',
    'duplicate_value',
    'name_taken',
  ],
  ResourceNotFound: [
    'user_not_found',
    'FileNotFound',
    'NoSuchBucket',
    'NoSuchKey',
    'ProjectDoesNotExist',
    'unknown_channel',
    'path/not_found/..',
    'resource_missing',
    'ResourceGone',
    'NOT_EXISTS',
  ],
  Unauthorized: [
    'invalid_api_key',
    'API_KEY_INVALID',
    'token_expired',
    'ExpiredToken',
    'revoked_token',
    'missing_credentials',
    'InvalidSignature',
    'session_expired',
    'token_not_found',
    'invalid_grant',
    'invalid_auth',
    'not_authed',
    'UNAUTHENTICATED',
    'AuthenticationFailed',
    'MissingAuthenticationToken',
    'invalid_credentials',
  ],
  Forbidden: [
    'permission_denied',
    'permission',
    'insufficient_scope',
    'missing_scope',
    'AccessDenied',
    'ACTION_NOT_PERMITTED',
    'OperationNotAllowed',
    'account_suspended',
    'account_locked',
    'ip_blocked',
  ],
  RateLimited: [
    'rate_limited',
    'RateLimitExceeded',
    'too_many_requests',
    'TooManyAttempts',
    'Throttled',
    'ThrottlingException',
    'SlowDown',
    'over_email_send_rate_limit',
    'ProvisionedThroughputExceeded',
    'userRateLimitExceeded',
  ],
  QuotaExceeded: [
    'insufficient_quota',
    'QUOTA_EXCEEDED',
    'out_of_credits',
    'monthly_limit_reached',
    'usage_limit_exceeded',
    'insufficient_balance',
    'project_spend_limit_exceeded',
    'dailyLimitExceeded',
  ],
  PaymentRequired: [
    'card_declined',
    'payment_failed',
    'billing_not_active',
    'insufficient_funds',
    'expired_card',
    'out_of_credit',
    'INSTRUMENT_DECLINED',
  ],
  InvalidDataFormat: [
    'validation_failed',
    'ValidationError',
    'invalid_parameter',
    'invalidParameter',
    'invalid_field_value',
    'parameter_not_found',
    'parameter_missing',
    'MISSING_REQUIRED_FIELD',
    'unknown_field',
    'property_not_allowed',
    'invalid_email',
    'email_invalid',
    'INVALID_INPUT',
  ],
  ResourceLockedConflict: [
    'resource_locked',
    'OperationInProgress',
    'operation_already_in_progress',
    'lock_timeout',
    'resource_busy',
  ],
  InvalidQuery: ['GRAPHQL_PARSE_FAILED', 'parse-failed', 'malformed_query', 'syntax_error'],
  InvalidPayload: [
    'bad_request',
    'invalid_request',
    'invalid_request_error',
    'BAD_USER_INPUT',
    'INVALID_ARGUMENT',
    'invalid_arguments',
  ],
  Unavailable: ['server_busy', 'ServiceUnavailable', 'overloaded_error'],
  Timeout: ['gateway_timeout', 'request_timed_out', 'OperationTimeout', 'DEADLINE_EXCEEDED', 'request_timeout'],
  Internal: ['internal_error', 'INTERNAL_SERVER_ERROR', 'fatal'],
  MethodNotFound: [
    'unknown_method',
    'unknown_operation',
    'NotImplemented',
    'UNIMPLEMENTED',
    'METHOD_NOT_SUPPORTED',
    'method_not_allowed',
  ],
  LimitExceeded: ['context_length_exceeded', 'name_too_long'],
  nothing: [
    'invalid',
    'unknown',
    'unknown_error',
    'UnknownError',
    'error',
    'request_failed',
    'invalid_scope',
    'invalid_client',
    'unsupported_grant_type',
    'invalid_key',
    'E0000011',
    '23502',
    'tokens',
    'requests',
    'RetryableError',
    'section-6.5.1',
    'ABORTED',
    'FAILED_PRECONDITION',
  ],
  // Types the words never give: only a type name, an alias or the table names them.
  InvalidJsonSchema: [],
  InvalidIdentifier: [],
  RelationConflict: [],
  ReferenceConstraint: [],
  ReferenceNotFound: [],
  Runtime: [],
  BreakingChanges: [],
  Conflict: [],
  PayloadTooLarge: [],
  UnsupportedMediaType: [],
  Unknown: [],
  Network: [],
  Aborted: [],
}

// Every entry the vendor table gave up is here in the spelling its vendors use, read the same way by words.
describe('typeForWords reads what a code says in plain words', () => {
  for (const [type, codes] of Object.entries(cases)) {
    if (codes.length) {
      it.each(codes)(`%s → ${type}`, (code) => expect(read(code)).toBe(type === 'nothing' ? undefined : type))
    }
  }

  it('matches whole words, never parts of words', () => {
    expect(read('unlocked_feature')).toBeUndefined()
    expect(read('cardinality_violation')).toBeUndefined()
    expect(read('generate_report')).toBeUndefined()
    expect(read('authorship_missing')).toBeUndefined()
    expect(read('tokenizer_failed')).toBeUndefined()
    expect(read('prerequisite_failed')).toBeUndefined()
    expect(read('notfoundation')).toBeUndefined()
  })

  it('settles words that read two ways by the order of its rules', () => {
    expect([read('missing_token'), read('missing_parameter')]).toEqual(['Unauthorized', 'InvalidDataFormat'])
    expect([read('parameter_not_found'), read('user_not_found')]).toEqual(['InvalidDataFormat', 'ResourceNotFound'])
    expect([read('server_busy'), read('resource_busy')]).toEqual(['Unavailable', 'ResourceLockedConflict'])
    expect([read('account_locked'), read('resource_locked')]).toEqual(['Forbidden', 'ResourceLockedConflict'])
    expect([read('already_in_progress'), read('already_exists')]).toEqual(['ResourceLockedConflict', 'AlreadyExists'])
    expect([read('insufficient_funds'), read('insufficient_quota')]).toEqual(['PaymentRequired', 'QuotaExceeded'])
    expect([read('unknown_user'), read('unknown_parameter'), read('unknown_method'), read('unknown_error')]).toEqual([
      'ResourceNotFound',
      'InvalidDataFormat',
      'MethodNotFound',
      undefined,
    ])
    expect([read('invalid_token'), read('invalid_value'), read('invalid_request'), read('invalid')]).toEqual([
      'Unauthorized',
      'InvalidDataFormat',
      'InvalidPayload',
      undefined,
    ])
  })
})
