'use client'
import { useQueryErrorResetBoundary } from '@tanstack/react-query'
import { ApiErrorFallback } from 'react-api-errors'

export default function Error({
  error,
  reset,
  retry = reset,
}: {
  error: Error & { digest?: string }
  reset: () => void
  retry?: () => void
}) {
  const queries = useQueryErrorResetBoundary()
  // Failed queries may fetch again, then Next re-renders the segment (retry also refreshes its server data).
  return (
    <ApiErrorFallback
      error={error}
      reset={() => {
        queries.reset()
        retry()
      }}
    />
  )
}
