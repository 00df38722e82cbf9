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

/** What the UI should offer next. */
export type ApiErrorAction =
  | 'signIn'
  | 'requestAccess'
  | 'upgrade'
  | 'fixInput'
  | 'retry'
  | 'contactSupport'
  | 'none'

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

/** Vendor codes mapped to error types: keys are matched case- and punctuation-insensitively. */
export type ApiErrorAliases = Readonly<Record<string, ApiErrorType>>

export interface ParseApiErrorOptions {
  /** Extra vendor codes, merged over the built-in alias table. */
  aliases?: ApiErrorAliases
  /** The clock absolute waits (an HTTP-date Retry-After, a Unix reset) count from when the response has no valid `Date` header; defaults to `Date.now()`. */
  now?: number
  /** The request that failed, when the input does not say (its URL is redacted). */
  request?: RequestLike
  /**
   * Tokens and keys the request sent, removed from every text the error keeps (servers echo them).
   * Credentials in the request headers of an axios, ky or ofetch error are found without it.
   */
  secrets?: readonly string[]
}

export interface ReadApiErrorOptions extends ParseApiErrorOptions {
  /** How much of the body to read through the stream; the rest is cancelled. Default 64 KiB. */
  maxBodyBytes?: number
}

/** A request as `readApiError` accepts it: a `Request`, a URL, or `{ method, url }`. */
export type RequestLike = string | URL | { method?: string; url?: string | URL }

export interface RetryPolicyOptions {
  /** Retries after the first failure. Default 3. */
  maxRetries?: number
  /** First backoff ceiling. Default 1000 ms. */
  baseDelayMs?: number
  /** Backoff ceiling. Default 30 000 ms. */
  maxDelayMs?: number
  /** A Retry-After longer than this means no automatic retry. Default 60 000 ms. */
  maxRetryAfterMs?: number
  /** Whether the request may safely run twice (GET, PUT, DELETE). Default true. */
  idempotent?: boolean
  /** Aliases used when the failure is not an `ApiError` yet. */
  aliases?: ApiErrorAliases
}

/** Matches TanStack Query's `retry` and `retryDelay` signatures. */
export interface RetryPolicy {
  retry(failureCount: number, error: unknown): boolean
  retryDelay(failureCount: number, error: unknown): number
}
