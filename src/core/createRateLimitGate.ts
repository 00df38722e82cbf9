/** The rate-limit gate of one `createApiFetch`: until when each key must not be called. */
export interface RateLimitGate {
  /** The key a URL is paused under. */
  keyFor(url: URL): string
  /** Milliseconds left before requests under `key` may go; 0 when they may go now. */
  pausedFor(key: string): number
  /** Holds requests under `key` until `untilMs` (epoch ms); a longer pause already set is kept. */
  pause(key: string, untilMs: number): void
}

/** A gate keyed by origin: after a 429 or 503 with a delay, the whole origin waits. */
export function createRateLimitGate(): RateLimitGate {
  const closedUntil = new Map<string, number>()
  return {
    keyFor: (url) => url.origin,
    pausedFor(key) {
      const left = (closedUntil.get(key) ?? 0) - Date.now()
      if (left > 0) return left
      closedUntil.delete(key)
      return 0
    },
    pause(key, untilMs) {
      closedUntil.set(key, Math.max(closedUntil.get(key) ?? 0, untilMs))
    },
  }
}
