import type { DefaultOptions, Query } from '@tanstack/react-query'
import { createRetryPolicy, parseApiError } from '../../core/index.js'
import type { ApiErrorAliases, ApiErrorType, RetryPolicyOptions } from '../../core/index.js'
import { misuse } from '../../core/shared/options.js'
import { DEFAULTS } from '../shared/clientState.js'
import { recheckAfterNetworkError } from './recheckAfterNetworkError.js'
import { recoverAfterWait } from './recoverAfterWait.js'
import { serverWaitLeft } from './serverWait.js'

/** Errors a banner or dialog handles where they happen: they never go to an error boundary. */
const HANDLED_IN_PLACE: ReadonlySet<ApiErrorType> = new Set([
  'RateLimited',
  'Unauthorized',
  'Network',
  'Timeout',
  'Unavailable',
  'Aborted',
])

export interface ApiErrorQueryDefaultsOptions extends Omit<RetryPolicyOptions, 'idempotent'> {
  /**
   * Send a failed query to the nearest error boundary, but only when it has no data to show and
   * its error is nothing a banner or dialog handles in place. Default false: no query error
   * unmounts an app that has no boundary.
   */
  throwOnError?: boolean
  /** Merged over the query defaults this builds (e.g. `{ staleTime: 30_000 }` or your own `throwOnError`). */
  queries?: DefaultOptions['queries']
  /** Merged over the mutation defaults this builds (e.g. `{ retry: false }`). */
  mutations?: DefaultOptions['mutations']
}

type Normalized = {
  policy: Omit<RetryPolicyOptions, 'idempotent'>
  throwOnError: boolean
  queries: DefaultOptions['queries']
  mutations: DefaultOptions['mutations']
}

const CALLER = 'apiErrorQueryDefaults'

function normalize(options: ApiErrorQueryDefaultsOptions | undefined): Normalized {
  if (options === undefined || options === null) return { policy: {}, throwOnError: false, queries: {}, mutations: {} }
  if (typeof options !== 'object')
    misuse(
      CALLER,
      'options must be an object',
      options,
      __DEV__ && 'Pass { maxRetries: 2 }, or nothing for the defaults.',
    )
  const { queries = {}, mutations = {}, throwOnError = false, ...policy } = options
  if (typeof throwOnError !== 'boolean') {
    misuse(
      CALLER,
      'throwOnError must be true or false',
      throwOnError,
      __DEV__ && 'For your own rule, pass queries: { throwOnError: (error, query) => … }.',
    )
  }
  if (typeof queries !== 'object' || queries === null)
    misuse(CALLER, 'queries must be an object', queries, __DEV__ && 'Pass query options to merge over the defaults.')
  if (typeof mutations !== 'object' || mutations === null)
    misuse(
      CALLER,
      'mutations must be an object',
      mutations,
      __DEV__ && 'Pass mutation options to merge over the defaults.',
    )
  if ('idempotent' in policy) {
    misuse(
      CALLER,
      'idempotent is not an option here',
      policy.idempotent,
      __DEV__ && 'Leave it out: queries retry as idempotent requests, mutations as non-idempotent ones.',
    )
  }
  return { policy, throwOnError, queries, mutations }
}

/**
 * Whether a failed query should throw to the nearest error boundary (with `throwOnError: true`):
 * only when it has no data to show and its error is not one a banner or dialog handles in place
 * (rate limits, sign-in, connection problems, timeouts, outages, aborts).
 */
function shouldThrowApiError(error: unknown, query: Pick<Query, 'state'>, aliases?: ApiErrorAliases): boolean {
  return query.state.data === undefined && !HANDLED_IN_PLACE.has(parseApiError(error, { aliases }).type)
}

/**
 * `defaultOptions` for `new QueryClient(...)`: queries retry as idempotent requests and mutations
 * as non-idempotent ones (`createRetryPolicy`). A query failure that names a wait (Retry-After)
 * becomes the query's `error` at once, so `<ErrorBanner error={error} onRetry={refetch} />` shows
 * the wait; the query fetches again by itself when the wait is over, banner or not, up to
 * `maxRetries` waits in a row. Nothing else sends it inside the wait (a remount, a window focus).
 * Nothing throws to an error boundary unless `throwOnError: true`. Retry policy options
 * (`maxRetries`, `baseDelayMs`, …) apply to both; `queries` and `mutations` override any default.
 * `aliases` given here hold for the whole client: `connectApiErrors` and the outlets read them.
 */
export function apiErrorQueryDefaults(options?: ApiErrorQueryDefaultsOptions): DefaultOptions {
  const { policy, throwOnError, queries, mutations } = normalize(options)
  const forQueries = createRetryPolicy({ ...policy, idempotent: true })
  const forMutations = createRetryPolicy({ ...policy, idempotent: false })
  const { aliases } = policy
  const afterWait = recoverAfterWait(forQueries, aliases)
  const afterNetworkError = recheckAfterNetworkError(aliases)
  /** Not while the server's wait lasts: nothing but the recovery at its end may send the query. */
  const outsideWait = (query: Query) => serverWaitLeft(query, aliases) === 0
  const defaults: DefaultOptions = {
    queries: {
      // A server-given wait is the page's to show: TanStack would keep it in failureReason, out of sight.
      retry: (failureCount, error) =>
        !((parseApiError(error, { aliases }).retryAfterMs ?? 0) > 0) && forQueries.retry(failureCount, error),
      retryDelay: forQueries.retryDelay,
      throwOnError: throwOnError ? (error, query) => shouldThrowApiError(error, query, aliases) : false,
      // The wait over, the query fetches again; and no spinner waits forever after a lost connection.
      refetchInterval: (query) => afterWait(query) || afterNetworkError(query),
      retryOnMount: outsideWait,
      refetchOnWindowFocus: outsideWait,
      ...queries,
    },
    mutations: {
      retry: forMutations.retry,
      retryDelay: forMutations.retryDelay,
      throwOnError: false,
      ...mutations,
    },
  }
  // What the app told the kit, for connectApiErrors and the outlets of the client built with these defaults.
  return Object.assign(defaults, { [DEFAULTS]: { aliases } })
}
