import type { ApiErrorType } from './types.js'

/**
 * Vendor codes seen in real APIs, by the type they mean, space-separated. Codes are compared
 * normalised (`normalizeCode`): case and punctuation are ignored, an AWS namespace (`…#`) and a
 * trailing `Exception` or `Error` are dropped, so `ThrottlingException`, `rate_limit_error` and
 * `RATE-LIMIT` need one entry each at most. The 29 type names always match on their own.
 * Sources: each vendor's error reference (see test/core/fixtures/real-responses.json).
 */
export const vendorCodes: Readonly<Partial<Record<ApiErrorType, string>>> = {
  Unauthorized:
    'unauthenticated invalid_token token_expired expired_token token_revoked invalid_grant invalid_client invalid_api_key invalid_auth not_authed ' +
    'authentication authentication_failed authentication_failure invalid_credentials invalid_jwt jwt_expired invalid_session_id ' +
    'InvalidAuthenticationToken UnrecognizedClient InvalidSignature ExpiredToken InvalidClientTokenId MissingAuthenticationToken ' +
    'E0000004 E0000011 PGRST301 PGRST302 10000 account_inactive auth api_key_invalid access_token_expired mfa_required',
  Forbidden:
    'permission_denied access_denied insufficient_scope missing_scope permission not_authorized no_permission unauthorized_client ' +
    'Authorization_RequestDenied AuthorizationFailed insufficient_access_or_readonly insufficient_access restricted_action not_in_channel ' +
    'E0000006 42501 insufficient_permissions',
  PaymentRequired: 'payment_required card_declined card billing insufficient_funds instrument_declined out_of_credit',
  QuotaExceeded: 'quota_exceeded insufficient_quota quotaExceeded dailyLimitExceeded ServiceQuotaExceeded request_limit_exceeded',
  RateLimited:
    'too_many_requests resource_exhausted rate_limit rate_limit_exceeded rateLimitExceeded userRateLimitExceeded rate_limit_reached ' +
    'throttled throttling RequestLimitExceeded ProvisionedThroughputExceeded E0000047 activityLimitReached',
  ResourceNotFound: 'not_found ResourceGone resource_missing NoSuchKey NoSuchBucket not_exists E0000007 PGRST205 PGRST116 42P01 entity_is_deleted',
  AlreadyExists: 'duplicate_value name_taken 23505 ResourceExists 81053 81057',
  Conflict: 'ConditionalCheckFailed constraint_violation',
  ReferenceConstraint: '23503',
  ResourceLockedConflict: 'ResourceInUse lock_timeout',
  InvalidDataFormat:
    'validation validation_failed bad_user_input unprocessable_entity required_field_missing field_custom_validation E0000001 23502 22P02',
  InvalidQuery: 'graphql_validation_failed graphql_parse_failed parse_failed malformed_query invalid_field exceeded_id_limit PGRST100 42703',
  InvalidPayload: 'bad_request invalid_arguments invalid_json',
  LimitExceeded: 'context_length_exceeded',
  PayloadTooLarge: 'request_too_large EntityTooLarge request_entity_too_large',
  MethodNotFound: 'unknown_method UnknownOperation method_not_allowed unimplemented NotImplemented',
  Timeout: 'OperationTimeout deadline_exceeded request_timeout gateway_timeout 57014',
  Unavailable: 'service_unavailable overloaded engine_overloaded ServerBusy temporarily_unavailable',
  Internal: 'internal_server api server InternalFailure general_exception fatal data_loss backend',
}

/** Code endings that mean one type whatever comes before them (`itemNotFound`, `BucketAlreadyExists`). */
export const vendorCodeEndings: readonly (readonly [string, ApiErrorType])[] = [
  ['notfound', 'ResourceNotFound'],
  ['alreadyexists', 'AlreadyExists'],
  ['toolarge', 'PayloadTooLarge'],
]
