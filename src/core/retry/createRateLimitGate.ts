import { MAX_BELIEVED_WAIT_MS } from '../error/limits.js'

/** What one pause holds: every request to the origin, or only those to the same origin and path. */
export type RateLimitGateScope = 'origin' | 'path'

/** The rate-limit gate of one `createApiFetch`: until when each key must not be called. */
export interface RateLimitGate {
  /** The key a URL is paused under: its origin, or its origin and path. */
  keyFor(url: URL): string
  /** Milliseconds left before requests under `key` may go; 0 when they may go now. */
  pausedFor(key: string): number
  /** Holds requests under `key` until `untilMs` (epoch ms), at most a week; a longer pause already set is kept. */
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
  // A pause is at most a week, well within what a timer holds (2^31−1 ms); one that fires early looks again.
  const forgetAfter = (key: string, ms: number) => {
    const timer = setTimeout(forget, ms, key)
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
      // Whoever asks (a response, another tab), no pause outlasts the longest wait believed.
      const until = Math.min(untilMs, Date.now() + MAX_BELIEVED_WAIT_MS)
      const entry = paused.get(key)
      if (Number.isNaN(until) || (entry && entry.until >= until)) return
      if (entry) clearTimeout(entry.timer)
      paused.set(key, { until, timer: forgetAfter(key, until - Date.now()) })
    },
  }
}
