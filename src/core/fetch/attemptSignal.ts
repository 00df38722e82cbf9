/** The signal one attempt runs with: the caller's, plus our timeout when there is one. */
export interface AttemptSignal {
  readonly signal: AbortSignal
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
  const own = new AbortController()
  const onAbort = () => own.abort(caller?.reason)
  const linked = caller && typeof AbortSignal.any === 'function' ? AbortSignal.any([caller, own.signal]) : undefined
  if (caller && !linked) {
    if (caller.aborted) onAbort()
    else caller.addEventListener('abort', onAbort)
  }
  const attempt = {
    signal: linked ?? own.signal,
    timedOut: false,
    dispose() {
      clearTimeout(timer)
      caller?.removeEventListener('abort', onAbort)
    },
  }
  const timer =
    timeoutMs === undefined
      ? undefined
      : setTimeout(() => {
          attempt.timedOut = true
          own.abort()
        }, timeoutMs)
  return attempt
}
