import type { RateLimitGate } from '../retry/createRateLimitGate.js'
import type { CrossTabEvents, CrossTabRenewal } from './createCrossTabRenewal.js'

/**
 * What `createCrossTab` gives: one object, named once, that `createAuthCoordinator` and
 * `createApiFetch` both take as `crossTab`. Its members are the kit's own protocol.
 */
export interface CrossTab {
  /** The name the tabs of the origin share. */
  readonly name: string
}

/** The kit's side of a `CrossTab`, under a registered symbol so two copies of the package agree. */
export const CROSS_TAB = Symbol.for('react-api-errors.crossTab')

export interface CrossTabProtocol {
  /** Cross-tab renewal for one coordinator, or `undefined` where the browser cannot share it. */
  renewal(events: CrossTabEvents): CrossTabRenewal | undefined
  /** `gate`, shared with the other tabs through storage. */
  shareGate(gate: RateLimitGate): RateLimitGate
}

/** The protocol of a `crossTab` option; `undefined` when it is not one `createCrossTab` made. */
export const crossTabProtocol = (value: unknown): CrossTabProtocol | undefined =>
  typeof value === 'object' && value !== null
    ? ((value as Record<symbol, CrossTabProtocol | undefined>)[CROSS_TAB] ?? undefined)
    : undefined
