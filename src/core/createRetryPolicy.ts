import { checkAliases } from './aliases.js'
import { isRetryable } from './taxonomy.js'
import { parseApiError } from './parseApiError.js'
import type { RetryPolicy, RetryPolicyOptions } from './types.js'

/** The largest delay a timer can hold (2^31−1 ms); anything above fires at once in browsers. */
export const MAX_TIMER_MS = 2 ** 31 - 1

type Normalized = Required<Omit<RetryPolicyOptions, 'aliases'>> & Pick<RetryPolicyOptions, 'aliases'>

/** Every option defaulted and checked in one place; misuse throws with what to pass instead. */
function normalizeRetryOptions(options: RetryPolicyOptions): Normalized {
  const count = (name: keyof RetryPolicyOptions, fallback: number, integer = false): number => {
    const value = options[name]
    if (value === undefined) return fallback
    if (typeof value !== 'number' || Number.isNaN(value) || value < 0 || (integer && !Number.isInteger(value))) {
      throw new Error(`createRetryPolicy: ${name} must be a non-negative ${integer ? 'integer' : 'number'} (got ${String(value)}). Leave it out for the default, ${fallback}.`)
    }
    return value
  }
  checkAliases(options.aliases, 'createRetryPolicy')
  return {
    maxRetries: count('maxRetries', 3, true),
    baseDelayMs: count('baseDelayMs', 1000),
    maxDelayMs: Math.min(count('maxDelayMs', 30_000), MAX_TIMER_MS),
    maxRetryAfterMs: count('maxRetryAfterMs', 60_000),
    idempotent: options.idempotent ?? true,
    aliases: options.aliases,
  }
}

/**
 * `retry` and `retryDelay` for TanStack Query (or any loop): retries only what the taxonomy allows
 * for this kind of request, waits what the server asked (never less), otherwise backs off with
 * capped full jitter. A Retry-After beyond `maxRetryAfterMs` stops automatic retries.
 */
export function createRetryPolicy(options: RetryPolicyOptions = {}): RetryPolicy {
  const o = normalizeRetryOptions(options)
  const parse = (error: unknown) => parseApiError(error, { aliases: o.aliases })
  return {
    retry(failureCount, error) {
      const e = parse(error)
      const waited = e.retryAfterMs ?? 0
      return (
        Number(failureCount) < o.maxRetries &&
        isRetryable(e.type, e.status, o.idempotent) &&
        waited <= o.maxRetryAfterMs
      )
    },
    retryDelay(failureCount, error) {
      const { retryAfterMs } = parse(error)
      if (retryAfterMs !== undefined) return Math.min(retryAfterMs, MAX_TIMER_MS)
      const n = Number.isFinite(failureCount) && failureCount > 0 ? Math.floor(failureCount) : 0
      const ceiling = Math.min(o.maxDelayMs, o.baseDelayMs * 2 ** Math.min(n, 64))
      return Math.floor(Math.random() * ceiling)
    },
  }
}
