import type { QueryClient } from '@tanstack/react-query'
import { clientState } from '../shared/clientState.js'

/**
 * An `OfflineBanner` takes over the Network failures of its QueryClient while it is mounted, so
 * `ApiErrorNotifications` does not show the same lost connection a second time. Returns the
 * function that gives them back. Counted per client, on the client.
 */
export const claimNetworkErrors = (queryClient: QueryClient): (() => void) =>
  clientState(queryClient).offlineBanners.claim(queryClient)

/** Whether an `OfflineBanner` shows this client's Network failures. */
export const networkErrorsClaimed = (queryClient: QueryClient): boolean =>
  clientState(queryClient).offlineBanners.isClaimed(queryClient)
