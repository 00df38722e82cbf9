import type { QueryClient } from '@tanstack/react-query'

/** How many `OfflineBanner`s show the Network failures of each QueryClient right now. */
const claims = new WeakMap<QueryClient, number>()

/**
 * An `OfflineBanner` takes over the Network failures of its QueryClient while it is mounted, so
 * `ApiErrorNotifications` does not show the same lost connection a second time. Returns the
 * function that gives them back.
 */
export function claimNetworkErrors(queryClient: QueryClient): () => void {
  claims.set(queryClient, (claims.get(queryClient) ?? 0) + 1)
  let released = false
  return () => {
    if (released) return
    released = true
    const left = (claims.get(queryClient) ?? 1) - 1
    if (left > 0) claims.set(queryClient, left)
    else claims.delete(queryClient)
  }
}

/** Whether an `OfflineBanner` shows this client's Network failures. */
export function networkErrorsClaimed(queryClient: QueryClient): boolean {
  return (claims.get(queryClient) ?? 0) > 0
}
