'use client'
import { useEffect, useRef } from 'react'
import { misuse } from '../../core/shared/options.js'
import { useApiError, useApiErrorText } from '../../react/index.js'
import { ErrorAction } from '../parts/ErrorAction.js'
import { ErrorBanner } from '../ErrorBanner/ErrorBanner.js'

/**
 * The props of an error boundary's fallback: react-error-boundary's `FallbackComponent`
 * (`{ error, resetErrorBoundary }`), or a Next.js `error.tsx` (`{ error, reset }`, and Next 16's
 * `retry`, which refreshes the route's server data before resetting, preferred when given).
 */
export type ApiErrorFallbackProps =
  | { error: unknown; resetErrorBoundary: (...args: unknown[]) => void; reset?: never; retry?: never }
  | { error: unknown; reset: () => void; retry?: () => void; resetErrorBoundary?: never }

/** The function Retry calls: checked once, so a wrong prop fails with a message, not on click. */
function resetOf(props: ApiErrorFallbackProps): () => void {
  const { resetErrorBoundary, retry, reset } = props as Partial<
    Record<'resetErrorBoundary' | 'retry' | 'reset', unknown>
  >
  const chosen = [resetErrorBoundary, retry, reset].find((candidate) => typeof candidate === 'function') as
    (() => void) | undefined
  if (!chosen) {
    misuse(
      'ApiErrorFallback',
      'needs a reset function',
      chosen,
      __DEV__ &&
        "Use it as react-error-boundary's FallbackComponent (resetErrorBoundary), or render it from a Next.js error.tsx with its { error, reset } props.",
    )
  }
  return () => chosen()
}

/**
 * A `FallbackComponent` for react-error-boundary, and the body of a Next.js `error.tsx`: shows
 * the error as a banner and moves focus to it. Retry always resets the boundary (with
 * `QueryErrorResetBoundary`, the failed queries refetch), next to the error's own action when it
 * has another (sign in, upgrade…).
 */
export function ApiErrorFallback(props: ApiErrorFallbackProps) {
  const { error } = props
  const ref = useRef<HTMLDivElement>(null)
  const state = useApiError(error)
  const { text } = useApiErrorText()
  useEffect(() => ref.current?.focus(), [])
  const reset = resetOf(props)
  const actions =
    state.action === 'retry' ? undefined : (
      <>
        <ErrorAction state={state} />
        <button type="button" className="rae-button" onClick={reset}>
          {text('actions.retry')}
        </button>
      </>
    )
  return (
    <ErrorBanner ref={ref} tabIndex={-1} error={error} onRetry={reset} actions={actions} className="rae-fallback" />
  )
}
