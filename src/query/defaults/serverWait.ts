import type { Query } from '@tanstack/react-query'
import { parseApiError } from '../../core/index.js'
import type { ApiError, ApiErrorAliases } from '../../core/index.js'

/** The query's current failure, when it is one the server asked the client to wait after (`Retry-After` and the like). */
export function serverWaitError(
  query: Pick<Query, 'state'>,
  aliases: ApiErrorAliases | undefined,
): ApiError | undefined {
  const { status, error } = query.state
  if (status !== 'error') return undefined
  const parsed = parseApiError(error, { aliases })
  return (parsed.retryAfterMs ?? 0) > 0 ? parsed : undefined
}

/** Milliseconds left of the server-given wait the query failed with, counted from the failure; 0 when none is left. */
export function serverWaitLeft(query: Pick<Query, 'state'>, aliases: ApiErrorAliases | undefined): number {
  const error = serverWaitError(query, aliases)
  return error ? Math.max(0, query.state.errorUpdatedAt + error.retryAfterMs! - Date.now()) : 0
}
