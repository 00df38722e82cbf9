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
