/** Every error the kit knows. The first 24 are Botpress's wire types; the last five cover what no body describes. */
export type ApiErrorType =
  | 'Unauthorized'
  | 'Forbidden'
  | 'PaymentRequired'
  | 'QuotaExceeded'
  | 'LimitExceeded'
  | 'PayloadTooLarge'
  | 'InvalidPayload'
  | 'UnsupportedMediaType'
  | 'MethodNotFound'
  | 'ResourceNotFound'
  | 'InvalidJsonSchema'
  | 'InvalidDataFormat'
  | 'InvalidIdentifier'
  | 'RelationConflict'
  | 'ReferenceConstraint'
  | 'ReferenceNotFound'
  | 'InvalidQuery'
  | 'Runtime'
  | 'AlreadyExists'
  | 'RateLimited'
  | 'BreakingChanges'
  | 'ResourceLockedConflict'
  | 'Unknown'
  | 'Internal'
  | 'Conflict'
  | 'Unavailable'
  | 'Timeout'
  | 'Network'
  | 'Aborted'

/** What the UI offers for a failure; `updatePayment` is a PaymentRequired whose payment failed (a declined card). */
export type ApiErrorAction =
  'signIn' | 'requestAccess' | 'upgrade' | 'updatePayment' | 'fixInput' | 'retry' | 'contactSupport' | 'none'

/** One problem with one input field; `path` is dotted (`address.0.street`). */
export interface FieldError {
  path: string
  message: string
}

/** The request that failed, with secrets removed from the URL. */
export interface ApiErrorRequest {
  method?: string
  url?: string
}

/** What is kept of the original error: never its request config or headers. */
export interface ApiErrorCause {
  name: string
  message: string
  code?: string | number
}

/**
 * An `ApiError` as data: what `toJSON()` returns, safe to send from a server to the browser
 * (Server Component props, a Server Action's result, `structuredClone`, `JSON.stringify`).
 * `parseApiError` turns it back into an equal `ApiError`.
 */
export interface ApiErrorJSON {
  name: 'ApiError'
  type: ApiErrorType
  status: number
  /** The developer message: it reaches the page, so it never holds secrets (they are redacted). */
  message: string
  code?: string
  id?: string
  retryAfterMs?: number
  fieldErrors: readonly FieldError[]
  action: ApiErrorAction
  retryable: boolean
  /** The method and the API URL (secrets redacted): both reach the page. */
  request?: ApiErrorRequest
  cause?: ApiErrorCause
}

/** Everything `new ApiError(...)` accepts. Only `type` is required. */
export interface ApiErrorInit {
  type: ApiErrorType
  /** The real HTTP status; defaults to the type's status in the taxonomy. */
  status?: number
  message?: string
  code?: string
  id?: string
  retryAfterMs?: number
  fieldErrors?: readonly FieldError[]
  /** The request that failed: a URL or `{ method, url }` (the URL is redacted). */
  request?: RequestLike | undefined
  /** Any caught value; only its name, message and code are kept. */
  cause?: unknown
}

/** A request as `readApiError` accepts it: a `Request`, a URL, or `{ method, url }`. */
export type RequestLike = string | URL | { method?: string; url?: string | URL }
