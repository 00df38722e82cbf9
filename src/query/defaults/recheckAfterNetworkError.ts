import type { Query } from '@tanstack/react-query'
import { parseApiError } from '../../core/index.js'
import type { ApiErrorAliases } from '../../core/index.js'

/** The first recheck after a lost connection, doubled each time it is still lost, up to the cap. */
const FIRST_RECHECK_MS = 2000
const MAX_RECHECK_MS = 30_000

/**
 * A `refetchInterval` for queries (the client's aliases given): one that failed with Network (the API could not be reached,
 * though the browser may say it is online) fetches again by itself, sooner at first, until the
 * connection is back; any other state keeps no interval. TanStack pauses it while the page is
 * hidden or `onlineManager` says offline, and stops it with the query's last observer.
 */
export function recheckAfterNetworkError(aliases: ApiErrorAliases | undefined) {
  return (query: Pick<Query, 'state'>): number | false => {
    const { status, error, errorUpdateCount } = query.state
    if (status !== 'error' || parseApiError(error, { aliases }).type !== 'Network') return false
    return Math.min(MAX_RECHECK_MS, FIRST_RECHECK_MS * 2 ** Math.min(Math.max(errorUpdateCount - 1, 0), 4))
  }
}
