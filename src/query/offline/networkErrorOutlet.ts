import type { QueryClient } from '@tanstack/react-query'
import { createErrorClaims } from '../../react/index.js'

/** The QueryClients whose Network failures a mounted `OfflineBanner` shows right now, counted per banner. */
const offlineBanners = /* @__PURE__ */ createErrorClaims()

/**
 * An `OfflineBanner` takes over the Network failures of its QueryClient while it is mounted, so
 * `ApiErrorNotifications` does not show the same lost connection a second time. Returns the
 * function that gives them back.
 */
export const claimNetworkErrors = (queryClient: QueryClient): (() => void) => offlineBanners.claim(queryClient)

/** Whether an `OfflineBanner` shows this client's Network failures. */
export const networkErrorsClaimed = (queryClient: QueryClient): boolean => offlineBanners.isClaimed(queryClient)
