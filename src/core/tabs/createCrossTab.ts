import { misuse } from '../shared/options.js'
import { createCrossTabRenewal } from './createCrossTabRenewal.js'
import { CROSS_TAB } from './protocol.js'
import type { CrossTab, CrossTabProtocol } from './protocol.js'
import { shareRateLimitGate } from './shareRateLimitGate.js'

export interface CrossTabOptions {
  /** The tabs of the origin that use the same name share renewals and rate-limit pauses. */
  name: string
}

/**
 * Opts an app into sharing with its other tabs: pass the one object it returns as `crossTab` to
 * both `createAuthCoordinator` (one renewal for every tab) and `createApiFetch` (one rate-limit
 * gate for every tab). Apps that never call it carry none of this code. Where Web Locks or
 * BroadcastChannel are missing, the coordinator and the gate act for their own tab.
 */
export function createCrossTab(options: CrossTabOptions): CrossTab {
  const name: unknown = (options as Partial<CrossTabOptions> | null | undefined)?.name
  if (typeof name !== 'string' || !name)
    misuse('createCrossTab', 'name must be a non-empty string', name, __DEV__ && "Pass { name: 'my-app' }.")
  const protocol: CrossTabProtocol = {
    renewal: (events) => createCrossTabRenewal(name, events),
    shareGate: (gate) => shareRateLimitGate(gate, name),
  }
  return Object.freeze({ name, [CROSS_TAB]: protocol })
}
