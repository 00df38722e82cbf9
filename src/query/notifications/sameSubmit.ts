import { hashKey } from '@tanstack/react-query'
import type { Mutation, MutationCacheNotifyEvent } from '@tanstack/react-query'

/** Which earlier mutations a success stands for, learned from the mutation cache's events. */
export interface SameSubmit {
  /** Feed it every mutation cache event: it notes which `useMutation` (observer) ran each mutation. */
  observe(event: MutationCacheNotifyEvent): void
  /** Whether `later` is a new run of what `earlier` was: the same `useMutation`, or the same `mutationKey`. */
  matches(earlier: Mutation, later: Mutation): boolean
}

/**
 * Each `mutate()` is a new `Mutation`: a form submitted again after a 422 is another object than
 * the one that failed. It is the same submit when the same observer (`useMutation`) ran it, or
 * when both carry the same `mutationKey`.
 */
export function createSameSubmit(): SameSubmit {
  const observerOf = new WeakMap<Mutation, object>()
  const keyOf = (mutation: Mutation) => {
    const { mutationKey } = mutation.options
    return mutationKey === undefined ? undefined : hashKey(mutationKey)
  }
  return {
    observe(event) {
      if (event.type === 'observerAdded') observerOf.set(event.mutation, event.observer)
    },
    matches(earlier, later) {
      if (earlier === later) return true
      const observer = observerOf.get(earlier)
      if (observer !== undefined && observer === observerOf.get(later)) return true
      const key = keyOf(earlier)
      return key !== undefined && key === keyOf(later)
    },
  }
}
