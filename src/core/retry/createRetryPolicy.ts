import { retryDelay } from './retryDelay.js'
import { checkAliases } from '../parse/aliases.js'
import { isRetryable } from '../error/taxonomy.js'
import { MAX_TIMER_MS, numberOption } from '../shared/options.js'
import { parseApiError } from '../parse/parseApiError.js'
import type { RetryPolicy, RetryPolicyOptions } from './types.js'

const CALLER = 'createRetryPolicy'

/** Every option defaulted and checked in one place; misuse throws with what to pass instead. */
function normalizeRetryOptions(options: RetryPolicyOptions) {
  const delay = (name: 'baseDelayMs' | 'maxDelayMs' | 'maxRetryAfterMs', fallback: number) =>
    numberOption(CALLER, name, options[name], fallback, 0, Infinity)
  checkAliases(options.aliases, CALLER)
  return {
    maxRetries: numberOption(CALLER, 'maxRetries', options.maxRetries, 3, 0, Infinity, true),
    baseDelayMs: delay('baseDelayMs', 1000),
    maxDelayMs: Math.min(delay('maxDelayMs', 30_000), MAX_TIMER_MS),
    maxRetryAfterMs: delay('maxRetryAfterMs', 60_000),
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
    retryDelay: (failureCount, error) => retryDelay(parse(error), failureCount, o.baseDelayMs, o.maxDelayMs),
  }
}
