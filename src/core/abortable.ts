/** Thrown (and caught by `createApiFetch`) when the caller's signal aborts a wait. */
export class AbortedWait extends Error {
  override readonly name = 'AbortError'
}

/**
 * Settles like `promise`, or rejects with `AbortedWait` as soon as `signal` aborts. Its abort
 * listener is always removed and `cleanup` always runs, so nothing is left behind either way.
 */
export function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined, cleanup?: () => void): Promise<T> {
  if (signal?.aborted) {
    cleanup?.()
    return Promise.reject(new AbortedWait('The request was aborted'))
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => {
      done()
      reject(new AbortedWait('The request was aborted'))
    }
    const done = () => {
      signal?.removeEventListener('abort', onAbort)
      cleanup?.()
    }
    signal?.addEventListener('abort', onAbort, { once: true })
    promise.then(
      (value) => {
        done()
        resolve(value)
      },
      (error: unknown) => {
        done()
        reject(error)
      },
    )
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
