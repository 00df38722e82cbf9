/** A signal that follows the caller's and aborts when our timeout runs out, if there is one. */
export interface Deadline {
  readonly signal: AbortSignal
  /** Whether our timeout (not the caller) stopped the work. */
  readonly timedOut: boolean
  /** Clears the timer and our listener. Safe to call more than once. */
  dispose(): void
}

/**
 * A fresh signal (one per fetch attempt, one per body read), following the caller's signal and
 * our timeout. The caller's signal is never handed on itself, so no listener piles up on a
 * long-lived one. `AbortSignal.any` keeps the caller able to abort the body read after
 * `dispose()`; where it is missing, a listener links the two until `dispose()`.
 */
export function deadline(caller: AbortSignal | undefined, timeoutMs: number | undefined): Deadline {
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
