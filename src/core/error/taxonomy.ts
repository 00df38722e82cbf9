import { codeWords } from '../shared/codeWords.js'
import type { ApiErrorAction, ApiErrorType } from './types.js'

/**
 * One row of the taxonomy: the status a type gets when built without one, the action the UI
 * offers, and whether a request may be retried automatically. `onNonIdempotent` is either a
 * yes/no or the statuses for which the server certainly did not act (503 yes, 502 no).
 */
export interface ApiErrorTypeInfo {
  readonly status: number
  readonly action: ApiErrorAction
  readonly onIdempotent: boolean
  readonly onNonIdempotent: boolean | readonly number[]
}

const row = (
  status: number,
  action: ApiErrorAction,
  onIdempotent = false,
  onNonIdempotent: boolean | readonly number[] = false,
): ApiErrorTypeInfo => ({ status, action, onIdempotent, onNonIdempotent })

/** The 29 types, in DESIGN order. The one place their status, action and retry rules live. */
export const apiErrorTaxonomy: { readonly [T in ApiErrorType]: ApiErrorTypeInfo } = {
  // Unauthorized is replayed once after re-authentication, never retried blindly.
  Unauthorized: row(401, 'signIn'),
  Forbidden: row(403, 'requestAccess'),
  // `updatePayment` instead when the code names a failed payment (see `actionFor`).
  PaymentRequired: row(402, 'upgrade'),
  QuotaExceeded: row(403, 'upgrade'),
  LimitExceeded: row(413, 'fixInput'),
  PayloadTooLarge: row(413, 'fixInput'),
  InvalidPayload: row(400, 'fixInput'),
  UnsupportedMediaType: row(415, 'fixInput'),
  MethodNotFound: row(405, 'none'),
  ResourceNotFound: row(404, 'none'),
  InvalidJsonSchema: row(400, 'fixInput'),
  InvalidDataFormat: row(400, 'fixInput'),
  InvalidIdentifier: row(400, 'fixInput'),
  RelationConflict: row(409, 'fixInput'),
  ReferenceConstraint: row(409, 'fixInput'),
  ReferenceNotFound: row(400, 'fixInput'),
  InvalidQuery: row(400, 'fixInput'),
  Runtime: row(400, 'contactSupport'),
  AlreadyExists: row(409, 'fixInput'),
  RateLimited: row(429, 'retry', true, true),
  BreakingChanges: row(400, 'fixInput'),
  ResourceLockedConflict: row(409, 'retry', true, true),
  Unknown: row(500, 'retry', true),
  Internal: row(500, 'retry', true),
  Conflict: row(409, 'fixInput'),
  Unavailable: row(503, 'retry', true, [503]),
  Timeout: row(408, 'retry', true, [408]),
  Network: row(0, 'retry', true),
  Aborted: row(0, 'none'),
}

/** Every type, in taxonomy order. */
export const apiErrorTypes = Object.keys(apiErrorTaxonomy) as readonly ApiErrorType[]

/** Own-property lookup, so `__proto__` or `toString` never resolve to a type. */
export function isApiErrorType(value: unknown): value is ApiErrorType {
  return typeof value === 'string' && Object.hasOwn(apiErrorTaxonomy, value)
}

/** Whether a failure of this type and status may be retried automatically. */
export function isRetryable(type: ApiErrorType, status: number, idempotent: boolean): boolean {
  const info = apiErrorTaxonomy[type]
  if (idempotent) return info.onIdempotent
  const rule = info.onNonIdempotent
  return typeof rule === 'boolean' ? rule : rule.includes(status)
}

// A payment that was tried and failed, in a code's words (`card_declined`, `insufficient_funds`,
// `expired_card`, `payment_failed`, PayPal `INSTRUMENT_DECLINED`, Stripe's `card_error`): whole
// words among at most 8 (`codeWords`), a fixed set of alternatives: linear.
const PAYMENT_FAILED = / (?:cards?|declined?|funds|fail(?:ed|ure)) /

/**
 * The action a failure of this type calls for: the taxonomy's, except that a PaymentRequired whose
 * code names a failed payment asks for another payment method (`updatePayment`), not a plan upgrade.
 */
export const actionFor = (type: ApiErrorType, code = ''): ApiErrorAction =>
  type === 'PaymentRequired' && PAYMENT_FAILED.test(codeWords(code) ?? '')
    ? 'updatePayment'
    : apiErrorTaxonomy[type].action
