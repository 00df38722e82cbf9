/** The listeners of a store for `useSyncExternalStore`. */
export interface Listeners {
  /** Adds a listener; the first one starts the source, and removing the last one stops it. */
  subscribe(listener: () => void): () => void
  /** Calls every listener (a listener may unsubscribe while being called). */
  notify(): void
}

/** Listeners over a source that runs only while someone listens: `start` returns its stop. */
export function createListeners(start: () => () => void): Listeners {
  const listeners = new Set<() => void>()
  let stop: (() => void) | undefined
  return {
    subscribe(listener) {
      listeners.add(listener)
      if (!stop) stop = start()
      return () => {
        listeners.delete(listener)
        if (listeners.size === 0 && stop) {
          const stopping = stop
          stop = undefined
          stopping()
        }
      }
    },
    notify() {
      for (const listener of [...listeners]) listener()
    },
  }
}
