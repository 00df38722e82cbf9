import type { ApiErrorAliases } from '../parse/types.js'

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
