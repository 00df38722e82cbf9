import type { ApiError } from '../error/ApiError.js'
import { MAX_TIMER_MS } from '../shared/options.js'

/**
 * How long to wait before retrying after `error`, the `failureCount`-th failure (0 for the first):
 * the server's Retry-After as given (never undercut, at most a timer's range), else capped full
 * jitter, a random wait below min(`maxDelayMs`, `baseDelayMs`·2^n).
 */
export function retryDelay(error: ApiError, failureCount: number, baseDelayMs: number, maxDelayMs: number): number {
  if (error.retryAfterMs !== undefined) return Math.min(error.retryAfterMs, MAX_TIMER_MS)
  const n = Number.isFinite(failureCount) && failureCount > 0 ? Math.floor(failureCount) : 0
  return Math.floor(Math.random() * Math.min(maxDelayMs, baseDelayMs * 2 ** Math.min(n, 64)))
}
