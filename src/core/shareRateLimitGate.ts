import type { RateLimitGate } from './createRateLimitGate.js'
import { MAX_TIMER_MS } from './options.js'

/** Until when each gate key is paused (epoch ms), as kept in storage. */
type Pauses = Record<string, number>

/**
 * `gate`, shared with every tab of the origin that uses `name` (`createApiFetch({ crossTab })`):
 * a pause set in one tab holds the same key in all of them, and a tab opened during the pause
 * learns it, because the pause's end is kept in `localStorage` (under a namespaced key, each
 * pause under a hash of its key: times only, never a URL, whose path may hold a secret). Where
 * storage is missing or throws, the gate is this tab's own.
 */
export function shareRateLimitGate(gate: RateLimitGate, name: string | undefined): RateLimitGate {
  if (name === undefined) return gate
  const slot = `react-api-errors:${name}:rate-limit`
  /** The pauses not over yet; a value that is not a sane time is ignored, so storage cannot hold a tab forever. */
  const read = (now: number): Pauses => {
    const pauses: Pauses = {}
    try {
      const stored: unknown = JSON.parse(globalThis.localStorage?.getItem(slot) ?? '{}')
      for (const [key, until] of Object.entries(stored ?? {})) {
        if (typeof until === 'number' && until > now && until <= now + MAX_TIMER_MS) pauses[key] = until
      }
    } catch {
      // Unreadable storage (blocked, corrupt): this tab's own gate still holds.
    }
    return pauses
  }
  return {
    keyFor: (url) => gate.keyFor(url),
    pausedFor(key) {
      const until = read(Date.now())[hash(key)]
      if (until) gate.pause(key, until)
      return gate.pausedFor(key)
    },
    pause(key, untilMs) {
      gate.pause(key, untilMs)
      const pauses = read(Date.now())
      const slotKey = hash(key)
      pauses[slotKey] = Math.max(pauses[slotKey] ?? 0, untilMs)
      try {
        globalThis.localStorage?.setItem(slot, JSON.stringify(pauses))
      } catch {
        // Full or blocked storage: the other tabs learn nothing, this one still waits.
      }
    },
  }
}

/** A short FNV-1a hash of a gate key: the same in every tab, and no URL in storage. */
function hash(key: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < key.length; i += 1) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193)
  return (h >>> 0).toString(36)
}
