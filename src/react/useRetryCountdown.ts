'use client'
import { useEffect, useRef, useState } from 'react'
import { useParsedError } from './useParsedError.js'

export interface UseRetryCountdownOptions {
  /**
   * Called once when the countdown reaches zero, if the wait is short enough to retry automatically
   * and the error is one the taxonomy retries (`error.retryable`).
   */
  onRetry?: () => void
  /** Longer waits count down without retrying by themselves (a manual retry stays). Default 60 000 ms. */
  maxRetryAfterMs?: number
}

export interface RetryCountdownState {
  /** The whole wait the error asked for, in milliseconds; 0 when it asked for none. */
  delayMs: number
  /** Whole seconds left, rounded up; 0 when done or when the error asked for no wait. */
  secondsLeft: number
  remainingMs: number
  /** True while counting down. */
  active: boolean
  /** Whether reaching zero will call `onRetry`. */
  willRetry: boolean
}

/**
 * Counts down the server's Retry-After once a second and calls `onRetry` at zero. A new error
 * restarts it; unmounting stops it. Uses timers only, so fake timers drive it in tests.
 */
export function useRetryCountdown(input: unknown, options: UseRetryCountdownOptions = {}): RetryCountdownState {
  const { onRetry, maxRetryAfterMs = 60_000 } = options
  const error = useParsedError(input)
  const delay = error && error.type !== 'Aborted' ? error.retryAfterMs : undefined
  // Only what the taxonomy retries is re-sent by itself: a 400 or 404 with a Retry-After waits, never repeats.
  const willRetry =
    delay !== undefined && delay <= maxRetryAfterMs && onRetry !== undefined && error?.retryable === true

  // Restart from the full delay whenever the error changes (state adjusted during render, not in an effect).
  const [state, setState] = useState({ error, remainingMs: delay ?? 0 })
  if (state.error !== error) setState({ error, remainingMs: delay ?? 0 })

  const retryRef = useRef(onRetry)
  useEffect(() => {
    retryRef.current = willRetry ? onRetry : undefined
  })

  useEffect(() => {
    if (delay === undefined) return
    const deadline = Date.now() + delay
    let timer: ReturnType<typeof setTimeout>
    const tick = () => {
      const left = Math.max(0, deadline - Date.now())
      setState((current) => (current.error === error ? { error, remainingMs: left } : current))
      if (left === 0) retryRef.current?.()
      else timer = setTimeout(tick, Math.min(1000, left % 1000 || 1000))
    }
    timer = setTimeout(tick, Math.min(1000, delay % 1000 || 1000))
    return () => clearTimeout(timer)
  }, [error, delay])

  const remainingMs = state.error === error ? state.remainingMs : (delay ?? 0)
  return {
    delayMs: delay ?? 0,
    secondsLeft: Math.ceil(remainingMs / 1000),
    remainingMs,
    active: delay !== undefined && remainingMs > 0,
    willRetry,
  }
}
