import type { Query } from '@tanstack/react-query'
import type { ApiErrorAliases, RetryPolicy } from '../../core/index.js'
import { MAX_TIMER_MS } from '../../core/shared/options.js'
import { serverWaitError, serverWaitLeft } from './serverWait.js'

/** Under a registered symbol, so two copies of the package count one query's failures alike. */
const STREAK = Symbol.for('react-api-errors.failuresInARow')

interface Streak {
  /** The query's `dataUpdateCount` when the count started. */
  data: number
  /** Its `errorUpdateCount` then, less the failures that already belong to the streak. */
  errorsBefore: number
}

/**
 * How many times in a row the query has failed since its data last changed. The mark lives on the
 * query itself (its client's, never module scope) and moves each time the data does.
 */
function failuresInARow(query: Query): number {
  const holder = query as Query & { [STREAK]?: Streak }
  const { dataUpdateCount, errorUpdateCount, status } = query.state
  if (holder[STREAK]?.data !== dataUpdateCount) {
    // First seen since the data changed: a query that never had data counts every failure; one
    // that had counts its current failure only.
    const errorsBefore = dataUpdateCount === 0 ? 0 : errorUpdateCount - (status === 'error' ? 1 : 0)
    Object.defineProperty(holder, STREAK, { value: { data: dataUpdateCount, errorsBefore }, configurable: true })
  }
  return errorUpdateCount - holder[STREAK]!.errorsBefore
}

/**
 * A `refetchInterval` for queries (the client's retry policy and aliases given): a query that
 * failed with a server-given wait (429 or 503 with `Retry-After`, and the like) fetches again once,
 * when the wait is over, whether or not a banner shows the failure; each new failure of the kind
 * starts a new wait, up to the policy's `maxRetries` in a row, then the query is left to the user.
 * Waits the policy does not retry (over `maxRetryAfterMs`, a type the taxonomy never retries) get
 * no interval. Only idle queries: one already fetching keeps no timer.
 */
export function recoverAfterWait(policy: RetryPolicy, aliases: ApiErrorAliases | undefined) {
  return (query: Query): number | false => {
    if (query.state.fetchStatus !== 'idle') return false
    const error = serverWaitError(query, aliases)
    const streak = error ? failuresInARow(query) : 0
    if (!error || !policy.retry(streak - 1, error)) return false
    // At least 1 ms: 0 would mean "no interval" to TanStack.
    return Math.min(MAX_TIMER_MS, Math.max(1, serverWaitLeft(query, aliases)))
  }
}
