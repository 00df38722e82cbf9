import type { AuthCoordinator } from '../../core/index.js'

export interface ReauthReplayOptions<T> {
  auth: AuthCoordinator
  /** Runs a failed request again; called at most once per `add`. */
  replay: (target: T) => void
  /** Re-authentication failed for now: the failure is final unless a later sign-in renews the session. */
  giveUp: (target: T) => void
}

export interface ReauthReplay<T> {
  /** A request sent with credentials of `generation` failed with Unauthorized. */
  add(target: T, generation: number): void
  /** Forgets a target (it recovered, was superseded or left the cache). */
  drop(target: T): void
  dispose(): void
}

/**
 * Groups 401 failures into waves: one `reauthenticate(generation)` per generation in flight, then
 * every failure of the wave replays together. When re-authentication fails, the failures wait
 * (without holding their targets beyond `drop`) for the next sign-in, then replay once.
 */
export function createReauthReplay<T>({ auth, replay, giveUp }: ReauthReplayOptions<T>): ReauthReplay<T> {
  const waves = new Map<number, Set<T>>()
  const waiting = new Map<T, number>()
  let disposed = false

  const settle = (generation: number, ok: boolean) => {
    const wave = waves.get(generation)
    waves.delete(generation)
    if (disposed || !wave) return
    for (const target of wave) {
      if (ok) replay(target)
      else {
        // A sign-in may still come (the app's own page, a later dialog): replay then.
        waiting.set(target, generation)
        giveUp(target)
      }
    }
    // The session may have been renewed while this wave was failing.
    resumeWaiting()
  }

  const resumeWaiting = () => {
    const current = auth.generation
    for (const [target, generation] of [...waiting]) {
      if (current > generation) {
        waiting.delete(target)
        replay(target)
      }
    }
  }

  const unsubscribe = auth.subscribe(() => {
    if (!disposed && waiting.size > 0) resumeWaiting()
  })

  return {
    add(target, generation) {
      if (disposed) return
      waiting.delete(target)
      const wave = waves.get(generation)
      if (wave) {
        wave.add(target)
        return
      }
      waves.set(generation, new Set([target]))
      // The coordinator never rejects; a broken custom one counts as a failed renewal.
      Promise.resolve()
        .then(() => auth.reauthenticate(generation))
        .then(
          (ok) => settle(generation, ok === true),
          () => settle(generation, false),
        )
    },
    drop(target) {
      waiting.delete(target)
      for (const wave of waves.values()) wave.delete(target)
    },
    dispose() {
      if (disposed) return
      disposed = true
      unsubscribe()
      waves.clear()
      waiting.clear()
    },
  }
}
