import type { ApiErrorType } from '../../core/index.js'
import type { Dialect } from './types.js'
import { screamingCase } from './spelling.js'

/** google.rpc.Code names and the HTTP status Google maps each to. */
const CANONICAL = {
  INVALID_ARGUMENT: 400,
  FAILED_PRECONDITION: 400,
  UNAUTHENTICATED: 401,
  PERMISSION_DENIED: 403,
  NOT_FOUND: 404,
  ABORTED: 409,
  ALREADY_EXISTS: 409,
  RESOURCE_EXHAUSTED: 429,
  UNKNOWN: 500,
  INTERNAL: 500,
  UNIMPLEMENTED: 501,
  UNAVAILABLE: 503,
  DEADLINE_EXCEEDED: 504,
} as const
type Canonical = keyof typeof CANONICAL

/** The canonical code each type is sent with (INVALID_ARGUMENT when not listed). */
const CODE_OF: Partial<Record<ApiErrorType, Canonical>> = {
  Unauthorized: 'UNAUTHENTICATED',
  Forbidden: 'PERMISSION_DENIED',
  PaymentRequired: 'FAILED_PRECONDITION',
  QuotaExceeded: 'RESOURCE_EXHAUSTED',
  MethodNotFound: 'UNIMPLEMENTED',
  ResourceNotFound: 'NOT_FOUND',
  RelationConflict: 'FAILED_PRECONDITION',
  ReferenceConstraint: 'FAILED_PRECONDITION',
  Runtime: 'FAILED_PRECONDITION',
  AlreadyExists: 'ALREADY_EXISTS',
  RateLimited: 'RESOURCE_EXHAUSTED',
  BreakingChanges: 'FAILED_PRECONDITION',
  ResourceLockedConflict: 'ABORTED',
  Unknown: 'UNKNOWN',
  Internal: 'INTERNAL',
  Conflict: 'ABORTED',
  Unavailable: 'UNAVAILABLE',
  Timeout: 'DEADLINE_EXCEEDED',
}

/** google.api.ErrorReason values where one means the type; the others are spelled as reasons are. */
const REASONS: Partial<Record<ApiErrorType, string>> = {
  Unauthorized: 'ACCESS_TOKEN_EXPIRED',
  PaymentRequired: 'BILLING_DISABLED',
  QuotaExceeded: 'RESOURCE_QUOTA_EXCEEDED',
  RateLimited: 'RATE_LIMIT_EXCEEDED',
}

const detail = (name: string, fields: object) => ({ '@type': `type.googleapis.com/google.rpc.${name}`, ...fields })

/**
 * Google APIs (`google.rpc.Status`): `{ error: { code, message, status, details } }` with an
 * `ErrorInfo` whose `reason` names the error, `BadRequest.fieldViolations` for fields,
 * `RetryInfo.retryDelay` for the wait and `RequestInfo.requestId`; the status is the canonical
 * code's. Sources: https://cloud.google.com/apis/design/errors,
 * https://github.com/googleapis/googleapis/blob/master/google/rpc/error_details.proto (bodies kept in
 * test/core/fixtures/real-responses.json).
 */
export const google: Dialect = {
  contentType: 'application/json; charset=UTF-8',
  maxFieldErrors: Infinity,
  note: 'the ErrorInfo `reason` names the error',
  statusFor: (type) => CANONICAL[CODE_OF[type] ?? 'INVALID_ARGUMENT'],
  build: ({ type, status, message, fieldErrors, requestId, retryAfter }) => ({
    body: {
      error: {
        code: status,
        message,
        status: CODE_OF[type] ?? 'INVALID_ARGUMENT',
        details: [
          detail('ErrorInfo', { reason: REASONS[type] ?? screamingCase(type), domain: 'example.googleapis.com' }),
          ...(fieldErrors.length
            ? [
                detail('BadRequest', {
                  fieldViolations: fieldErrors.map(({ path, message: description }) => ({ field: path, description })),
                }),
              ]
            : []),
          ...(retryAfter !== undefined ? [detail('RetryInfo', { retryDelay: `${retryAfter}s` })] : []),
          ...(requestId !== undefined ? [detail('RequestInfo', { requestId })] : []),
        ],
      },
    },
  }),
}
