/**
 * Which errors a mounted component already shows in place (`ErrorBanner`, `ErrorMessage`,
 * `UpgradePrompt`, `FieldErrors`), keyed by the very value the component was given
 * (`mutation.error`, `query.error`). Global outlets (`ApiErrorNotifications`,
 * `createNotificationStore`) skip them, so one failure is never shown twice. Components claim in
 * layout effects only: a server render never touches this registry.
 */
export interface ErrorClaims {
  /** Marks `error` as shown until the returned release runs; several components may claim one error. */
  claim(error: unknown): () => void
  isClaimed(error: unknown): boolean
  /** Called after every change of the claims. */
  subscribe(listener: () => void): () => void
}

/** A registry of claimed values, counted per value: each claim's release is idempotent. */
export function createErrorClaims(): ErrorClaims {
  const counts = new Map<object, number>()
  const listeners = new Set<() => void>()
  const changed = () => {
    for (const listener of [...listeners]) listener()
  }
  return {
    claim(error) {
      if (typeof error !== 'object' || error === null) return () => undefined
      counts.set(error, (counts.get(error) ?? 0) + 1)
      changed()
      let released = false
      return () => {
        if (released) return
        released = true
        const left = (counts.get(error) ?? 1) - 1
        if (left > 0) counts.set(error, left)
        else counts.delete(error)
        changed()
      }
    },
    isClaimed: (error) => typeof error === 'object' && error !== null && counts.has(error),
    subscribe(listener) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
  }
}
