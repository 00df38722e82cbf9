'use client'
import { useEffect, useRef } from 'react'
import { useApiError, useApiErrorText } from '../../react/index.js'
import { ErrorAction } from '../ErrorAction/ErrorAction.js'
import { ErrorBanner } from '../ErrorBanner/ErrorBanner.js'

/** The props react-error-boundary gives a `FallbackComponent`. */
export interface ApiErrorFallbackProps {
  error: unknown
  resetErrorBoundary: (...args: unknown[]) => void
}

/**
 * A `FallbackComponent` for react-error-boundary: shows the error as a banner and moves focus to
 * it. Retry always resets the boundary (with `QueryErrorResetBoundary`, the failed queries
 * refetch), next to the error's own action when it has another (sign in, upgrade…).
 */
export function ApiErrorFallback({ error, resetErrorBoundary }: ApiErrorFallbackProps) {
  const ref = useRef<HTMLDivElement>(null)
  const state = useApiError(error)
  const { text } = useApiErrorText()
  useEffect(() => ref.current?.focus(), [])
  const reset = () => resetErrorBoundary()
  const actions =
    state.action === 'retry' ? undefined : (
      <>
        <ErrorAction state={state} />
        <button type="button" className="rae-button" onClick={reset}>
          {text('actions.retry')}
        </button>
      </>
    )
  return <ErrorBanner ref={ref} tabIndex={-1} error={error} onRetry={reset} actions={actions} className="rae-fallback" />
}
