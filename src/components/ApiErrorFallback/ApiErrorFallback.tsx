'use client'
import { useEffect, useRef } from 'react'
import { ErrorBanner } from '../ErrorBanner/ErrorBanner.js'

/** The props react-error-boundary gives a `FallbackComponent`. */
export interface ApiErrorFallbackProps {
  error: unknown
  resetErrorBoundary: (...args: unknown[]) => void
}

/**
 * A `FallbackComponent` for react-error-boundary: shows the error as a banner, moves focus to it,
 * and Retry resets the boundary (with `QueryErrorResetBoundary`, the failed queries refetch).
 */
export function ApiErrorFallback({ error, resetErrorBoundary }: ApiErrorFallbackProps) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => ref.current?.focus(), [])
  return <ErrorBanner ref={ref} tabIndex={-1} error={error} onRetry={() => resetErrorBoundary()} className="rae-fallback" />
}
