import { MAX_TIMER_MS } from '../shared/options.js'

/** What one pause holds: every request to the origin, or only those to the same origin and path. */
export type RateLimitGateScope = 'origin' | 'path'

/** The rate-limit gate of one `createApiFetch`: until when each key must not be called. */
export interface RateLimitGate {
  /** The key a URL is paused under: its origin, or its origin and path. */
  keyFor(url: URL): string
  /** Milliseconds left before requests under `key` may go; 0 when they may go now. */
  pausedFor(key: string): number
  /** Holds requests under `key` until `untilMs` (epoch ms); a longer pause already set is kept. */
  pause(key: string, untilMs: number): void
}

interface Pause {
  until: number
  timer: ReturnType<typeof setTimeout>
}

/**
 * A gate that remembers a key only while it is paused: each pause has a timer that forgets it
 * when it ends, so an app that met 10 000 origins once holds none of them afterwards. The timer
 * never keeps a Node process alive.
 */
export function createRateLimitGate(scope: RateLimitGateScope = 'origin'): RateLimitGate {
  const paused = new Map<string, Pause>()
  const forget = (key: string) => {
    const entry = paused.get(key)
    if (!entry) return
    const left = entry.until - Date.now()
    if (left > 0) entry.timer = forgetAfter(key, left)
    else paused.delete(key)
  }
  // A timer holds at most 2^31−1 ms: a longer pause is looked at again when that one fires.
  const forgetAfter = (key: string, ms: number) => {
    const timer = setTimeout(forget, Math.min(ms, MAX_TIMER_MS), key)
    ;(timer as { unref?: () => void }).unref?.()
    return timer
  }
  return {
    keyFor: (url) => (scope === 'path' ? url.origin + url.pathname : url.origin),
    pausedFor(key) {
      const entry = paused.get(key)
      const left = entry ? entry.until - Date.now() : 0
      if (left > 0) return left
      if (entry) {
        clearTimeout(entry.timer)
        paused.delete(key)
      }
      return 0
    },
    pause(key, untilMs) {
      const entry = paused.get(key)
      if (entry && entry.until >= untilMs) return
      if (entry) clearTimeout(entry.timer)
      paused.set(key, { until: untilMs, timer: forgetAfter(key, untilMs - Date.now()) })
    },
  }
}
