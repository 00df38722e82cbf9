/**
 * Settles like `promise`, or rejects with the signal's reason as soon as `signal` aborts. Either
 * way its abort listener is removed and `cleanup` runs, so nothing is left behind (`cleanup` runs
 * again if `promise` settles after an abort: keep it idempotent, like `clearTimeout`).
 */
export function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined, cleanup?: () => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => done(reject, signal?.reason)
    const done = <V>(settle: (value: V) => void, value: V) => {
      signal?.removeEventListener('abort', onAbort)
      cleanup?.()
      settle(value)
    }
    promise.then(
      (value) => done(resolve, value),
      (error: unknown) => done(reject, error),
    )
    if (signal?.aborted) onAbort()
    else signal?.addEventListener('abort', onAbort)
  })
}

/** Waits `ms` milliseconds unless `signal` aborts first; the timer never outlives the wait. */
export function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const elapsed = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms)
  })
  return abortable(elapsed, signal, () => clearTimeout(timer))
}
