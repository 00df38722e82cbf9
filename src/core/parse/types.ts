import type { ApiErrorType, RequestLike } from '../error/types.js'

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
   * Credentials in the request headers an axios, ky, ofetch, got or superagent error keeps are found without it.
   */
  secrets?: readonly string[]
}

export interface ReadApiErrorOptions extends ParseApiErrorOptions {
  /** How much of the body to read through the stream; the rest is cancelled. Default 64 KiB. */
  maxBodyBytes?: number
  /** How long the body may take to read; then the rest is cancelled and the status and headers decide. No limit by default. */
  timeoutMs?: number
  /** Stops reading the body when it aborts, as `timeoutMs` does. */
  signal?: AbortSignal
}
