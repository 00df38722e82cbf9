import type { QueryClient } from '@tanstack/react-query'
import type { ApiErrorAliases } from '../../core/index.js'
import { createErrorClaims } from '../../react/index.js'
import type { ErrorClaims } from '../../react/index.js'

/** What the kit keeps per QueryClient: owned by the client, so two clients (or two apps) never share it. */
export interface ClientState {
  /** Whether `connectApiErrors` is connected to this client. */
  connected: boolean
  /** The mounted `OfflineBanner`s that show this client's Network failures, counted per banner. */
  readonly offlineBanners: ErrorClaims
}

/** Under a registered symbol, so two copies of the package agree on one client's state. */
const STATE = Symbol.for('react-api-errors.queryClient')
/** Where `apiErrorQueryDefaults` leaves what the app told it, for the rest of the query layer. */
export const DEFAULTS = Symbol.for('react-api-errors.queryDefaults')

/** The kit's state of `queryClient`, made on first use. */
export function clientState(queryClient: QueryClient): ClientState {
  const holder = queryClient as QueryClient & { [STATE]?: ClientState }
  if (!holder[STATE]) {
    Object.defineProperty(holder, STATE, { value: { connected: false, offlineBanners: createErrorClaims() } })
  }
  return holder[STATE]!
}

/** The aliases given to `apiErrorQueryDefaults` for this client's defaults, if any. */
export function clientAliases(queryClient: QueryClient): ApiErrorAliases | undefined {
  const defaults = queryClient.getDefaultOptions() as { [DEFAULTS]?: { aliases?: ApiErrorAliases } }
  return defaults[DEFAULTS]?.aliases
}
