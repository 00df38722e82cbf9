/**
 * Remembers, per origin, until when the server asked us to stay away (a 429 or 503 with a delay).
 * Pure bookkeeping: `createApiFetch` decides whether to wait or fail fast.
 */
export interface RateLimitGate {
  /** Keeps requests to `origin` away for `delayMs` from `now` (a longer existing pause is kept). */
  close(origin: string, delayMs: number, now?: number): void
  /** Milliseconds left before requests to `origin` may go; 0 when the gate is open. */
  remaining(origin: string, now?: number): number
}

export function createRateLimitGate(): RateLimitGate {
  const closedUntil = new Map<string, number>()
  return {
    close(origin, delayMs, now = Date.now()) {
      if (!(delayMs > 0) || !Number.isFinite(delayMs)) return
      const until = now + delayMs
      if (until > (closedUntil.get(origin) ?? 0)) closedUntil.set(origin, until)
    },
    remaining(origin, now = Date.now()) {
      const until = closedUntil.get(origin)
      if (until === undefined) return 0
      if (until <= now) {
        closedUntil.delete(origin) // keeps the map as small as the set of origins currently paused
        return 0
      }
      return until - now
    },
  }
}
