import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { useState } from 'react'
import type { ReactNode } from 'react'
import { apiErrorQueryDefaults } from '../../query/index.js'

/**
 * A fresh QueryClient per mounted story, configured as the README tells apps to: the kit's retry
 * policy (Retry-After honoured) for queries and mutations. Window-focus refetches are off so a
 * click into the canvas never adds a request the play function does not expect.
 */
export function QueryFlow({ children }: { children: ReactNode }) {
  const [client] = useState(
    () => new QueryClient({ defaultOptions: apiErrorQueryDefaults({ queries: { refetchOnWindowFocus: false } }) }),
  )
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>
}
