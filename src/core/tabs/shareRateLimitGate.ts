import type { RateLimitGate } from '../retry/createRateLimitGate.js'
import { MAX_TIMER_MS } from '../shared/options.js'

/**
 * `gate`, shared with every tab of the origin that uses `name` (`createApiFetch({ crossTab })`):
 * a pause set in one tab holds the same key in all of them, and a tab opened during the pause
 * learns it, because the pause's end is kept in `localStorage`: a time under
 * `react-api-errors:<name>:rate-limit:<hash of the key>`, never a URL (its path may hold a secret).
 * Where storage is missing or throws, the gate is this tab's own.
 */
export function shareRateLimitGate(gate: RateLimitGate, name: string): RateLimitGate {
  const slot = (key: string) => `react-api-errors:${name}:rate-limit:${hash(key)}`
  const pausedFor = (key: string) => {
    try {
      const until = Number(globalThis.localStorage?.getItem(slot(key)))
      // Only a sane time in the future counts: storage cannot hold a tab forever.
      if (until > Date.now() && until - Date.now() <= MAX_TIMER_MS) gate.pause(key, until)
    } catch {
      // Blocked storage: this tab's own gate still holds.
    }
    return gate.pausedFor(key)
  }
  return {
    keyFor: (url) => gate.keyFor(url),
    pausedFor,
    pause(key, untilMs) {
      pausedFor(key)
      gate.pause(key, untilMs)
      try {
        globalThis.localStorage?.setItem(slot(key), String(Date.now() + gate.pausedFor(key)))
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
