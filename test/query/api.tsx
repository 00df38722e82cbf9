import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import type { DefaultOptions } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import type { ReactNode } from 'react'
import { createApiFetch } from '../../src/core/index.js'
import type { ApiFetchOptions } from '../../src/core/index.js'
import { startTestServer } from '../core/createApiFetch.server.js'
import type { Hit, TestServer } from '../core/createApiFetch.server.js'

export { json, until } from '../core/createApiFetch.server.js'
export type { Hit, TestServer }

/** One real server on 127.0.0.1 for a test file; routes and hits reset between tests. */
export async function serve(): Promise<TestServer> {
  return startTestServer()
}

/** A JSON API client for `server`, as an app would build it (its own rate-limit gate each time). */
export function client(server: TestServer, options: Omit<ApiFetchOptions, 'baseUrl'> = {}) {
  const apiFetch = createApiFetch({ ...options, baseUrl: server.base })
  return {
    get: async <T,>(path: string, signal?: AbortSignal): Promise<T> => (await apiFetch(path, { signal })).json() as Promise<T>,
    post: async <T,>(path: string, body: unknown): Promise<T> =>
      (await apiFetch(path, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } })).json() as Promise<T>,
  }
}

/** Hits of one path, in order. */
export const hitsOf = (server: TestServer, path: string): Hit[] => server.hits.filter((hit) => hit.path === path)

/** Renders under a fresh QueryClientProvider; returns the client too. */
export function renderWithClient(ui: ReactNode, defaultOptions?: DefaultOptions, queryClient = new QueryClient({ defaultOptions })) {
  const view = render(<QueryClientProvider client={queryClient}>{ui}</QueryClientProvider>)
  return { ...view, queryClient }
}
