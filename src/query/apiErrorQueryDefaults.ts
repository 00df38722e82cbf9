import type { DefaultOptions, Query } from '@tanstack/react-query'
import { createRetryPolicy, parseApiError } from '../core/index.js'
import type { ApiErrorAliases, ApiErrorType, RetryPolicyOptions } from '../core/index.js'
import { recheckAfterNetworkError } from './recheckAfterNetworkError.js'

/** Errors a banner or dialog handles where they happen: they never go to an error boundary. */
const HANDLED_IN_PLACE: ReadonlySet<ApiErrorType> = new Set(['RateLimited', 'Unauthorized', 'Network', 'Timeout', 'Aborted'])

export interface ApiErrorQueryDefaultsOptions extends Omit<RetryPolicyOptions, 'idempotent'> {
  /** Merged over the query defaults this builds (e.g. `{ staleTime: 30_000 }` or your own `throwOnError`). */
  queries?: DefaultOptions['queries']
  /** Merged over the mutation defaults this builds (e.g. `{ retry: false }`). */
  mutations?: DefaultOptions['mutations']
}

type Normalized = { policy: Omit<RetryPolicyOptions, 'idempotent'>; queries: DefaultOptions['queries']; mutations: DefaultOptions['mutations'] }

function normalize(options: ApiErrorQueryDefaultsOptions | undefined): Normalized {
  if (options === undefined || options === null) return { policy: {}, queries: {}, mutations: {} }
  if (typeof options !== 'object') {
    throw new Error(`apiErrorQueryDefaults(options) needs an object such as { maxRetries: 2 } (got ${typeof options}). Call it with no argument for the defaults.`)
  }
  const { queries = {}, mutations = {}, ...policy } = options
  for (const [name, value] of [['queries', queries], ['mutations', mutations]] as const) {
    if (typeof value !== 'object' || value === null) {
      throw new Error(`apiErrorQueryDefaults: ${name} must be an object of ${name === 'queries' ? 'query' : 'mutation'} options to merge over the defaults (got ${value === null ? 'null' : typeof value}).`)
    }
  }
  if ('idempotent' in policy) {
    throw new Error('apiErrorQueryDefaults: leave idempotent out; queries are retried as idempotent and mutations as non-idempotent requests.')
  }
  return { policy, queries, mutations }
}

/**
 * Whether a failed query should throw to the nearest error boundary: only when it has no data to
 * show and its error is not one a banner or dialog handles in place (rate limits, sign-in,
 * connection problems, timeouts, aborts).
 */
export function shouldThrowApiError(error: unknown, query: Pick<Query, 'state'>, aliases?: ApiErrorAliases): boolean {
  return query.state.data === undefined && !HANDLED_IN_PLACE.has(parseApiError(error, { aliases }).type)
}

/**
 * `defaultOptions` for `new QueryClient(...)`: queries retry as idempotent requests and mutations
 * as non-idempotent ones (`createRetryPolicy`, Retry-After honoured), and a query throws to an
 * error boundary only when it has nothing to show and the error cannot be handled in place.
 * Retry policy options (`maxRetries`, `baseDelayMs`, …) apply to both; `queries` and `mutations`
 * override any default.
 */
export function apiErrorQueryDefaults(options?: ApiErrorQueryDefaultsOptions): DefaultOptions {
  const { policy, queries, mutations } = normalize(options)
  const forQueries = createRetryPolicy({ ...policy, idempotent: true })
  const forMutations = createRetryPolicy({ ...policy, idempotent: false })
  return {
    queries: {
      retry: forQueries.retry,
      retryDelay: forQueries.retryDelay,
      throwOnError: (error, query) => shouldThrowApiError(error, query, policy.aliases),
      // No spinner waits forever: a query that could not reach the API checks again by itself.
      refetchInterval: recheckAfterNetworkError,
      ...queries,
    },
    mutations: {
      retry: forMutations.retry,
      retryDelay: forMutations.retryDelay,
      throwOnError: false,
      ...mutations,
    },
  }
}
