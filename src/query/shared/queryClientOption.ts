import type { QueryClient } from '@tanstack/react-query'
import { misuse } from '../../core/shared/options.js'

/** The QueryClient argument of `caller`, checked the one way every query-layer function checks it. */
export function queryClientOption(caller: string, value: unknown): QueryClient {
  const client = value as Partial<QueryClient> | null
  if (typeof client?.getQueryCache !== 'function' || typeof client.getMutationCache !== 'function') {
    misuse(
      caller,
      'queryClient must be a QueryClient',
      value,
      __DEV__ && `Pass the client your app gives QueryClientProvider: ${caller}(queryClient).`,
    )
  }
  return value as QueryClient
}
