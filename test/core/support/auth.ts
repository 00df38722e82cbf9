import { createAuthCoordinator } from '../../../src/core/index.js'

/** A promise whose settlement the test controls. */
export function deferred<T>() {
  let resolve!: (value: T) => void
  const promise = new Promise<T>((res) => {
    resolve = res
  })
  return { promise, resolve }
}

/** A coordinator whose refresh fails until the test sets `refresh.answer = true`; `refresh.calls` counts the refreshes. */
export function switchableRefresh() {
  const refresh = { answer: false, calls: 0 }
  const auth = createAuthCoordinator({
    refresh: () => {
      refresh.calls += 1
      return refresh.answer
    },
  })
  return { auth, refresh }
}

/**
 * What `promise` settles with, awaited for at most `ms` of real time: a waiter the coordinator
 * leaves hanging fails the test with a message saying so, instead of only the test timeout.
 */
export async function settled<T>(promise: Promise<T>, ms = 2000): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const hanging = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`still pending after ${ms} ms: a waiter was left hanging`)), ms)
  })
  try {
    return await Promise.race([promise, hanging])
  } finally {
    clearTimeout(timer)
  }
}
