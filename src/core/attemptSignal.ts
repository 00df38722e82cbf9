/** The signal one attempt runs with: the caller's, plus our timeout when there is one. */
export interface AttemptSignal {
  readonly signal: AbortSignal | undefined
  /** Whether our timeout (not the caller) stopped the attempt. */
  readonly timedOut: boolean
  /** Clears the timer and our listener. Safe to call more than once. */
  dispose(): void
}

/**
 * A fresh signal per attempt, following the caller's signal and our timeout. The caller's signal
 * is never handed to fetch itself, so no listener piles up on a long-lived one. `AbortSignal.any`
 * keeps the caller able to abort the body read after `dispose()`; where it is missing, a listener
 * links the two until `dispose()`.
 */
export function attemptSignal(caller: AbortSignal | undefined, timeoutMs: number | undefined): AttemptSignal {
  if (caller === undefined && timeoutMs === undefined) return { signal: undefined, timedOut: false, dispose() {} }
  const own = new AbortController()
  let timedOut = false
  const timer =
    timeoutMs === undefined
      ? undefined
      : setTimeout(() => {
          timedOut = true
          own.abort(Object.assign(new Error(`The request took longer than ${timeoutMs} ms`), { name: 'TimeoutError' }))
        }, timeoutMs)
  let signal = own.signal
  let unlink = () => {}
  if (caller && typeof AbortSignal.any === 'function') {
    signal = AbortSignal.any([caller, own.signal])
  } else if (caller) {
    const onAbort = () => own.abort(caller.reason)
    if (caller.aborted) onAbort()
    else caller.addEventListener('abort', onAbort, { once: true })
    unlink = () => caller.removeEventListener('abort', onAbort)
  }
  return {
    signal,
    get timedOut() {
      return timedOut
    },
    dispose() {
      clearTimeout(timer)
      unlink()
    },
  }
}
