import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import type { DefaultOptions } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import type { ReactNode } from 'react'
import { afterEach } from 'vitest'
import { createApiFetch } from '../../src/core/index.js'
import { ApiErrorProvider } from '../../src/index.js'
import type { ApiFetchOptions } from '../../src/core/index.js'
import { apiErrorQueryDefaults, connectApiErrors } from '../../src/query/index.js'
import { serveForFile } from '../core/support/server.js'
import type { Hit, TestServer } from '../core/support/server.js'

export { json, serveForFile, until } from '../core/support/server.js'
export type { Hit, TestServer }

type QueryDefaultsOptions = Parameters<typeof apiErrorQueryDefaults>[0]

/**
 * The file's server (see serveForFile) and what each test leaves behind: after every test the
 * `cleanups` run, last pushed first, then the server's routes and hits reset.
 * `newClient` makes a QueryClient with apiErrorQueryDefaults (`defaults` unless told otherwise),
 * cleared after the test; `connect` is connectApiErrors, disconnected after the test.
 */
export function setUpQueryTests(defaults?: QueryDefaultsOptions) {
  const server = serveForFile()
  const cleanups: Array<() => void> = []
  afterEach(() => {
    for (const cleanup of cleanups.splice(0).reverse()) cleanup()
    server.reset()
  })
  const newClient = (options: QueryDefaultsOptions = defaults) => {
    const queryClient = new QueryClient({ defaultOptions: apiErrorQueryDefaults(options) })
    cleanups.push(() => queryClient.clear())
    return queryClient
  }
  const connect = (queryClient: QueryClient, options: Parameters<typeof connectApiErrors>[1]) => {
    const disconnect = connectApiErrors(queryClient, options)
    cleanups.push(disconnect)
    return disconnect
  }
  return { server, cleanups, newClient, connect }
}

/** A JSON API client for `server`, as an app would build it (its own rate-limit gate each time). */
export function client(server: TestServer, options: Omit<ApiFetchOptions, 'baseUrl'> = {}) {
  const apiFetch = createApiFetch({ ...options, baseUrl: server.base })
  return {
    get: async <T,>(path: string, signal?: AbortSignal): Promise<T> =>
      (await apiFetch(path, { signal })).json() as Promise<T>,
    post: async <T,>(path: string, body: unknown): Promise<T> =>
      (
        await apiFetch(path, {
          method: 'POST',
          body: JSON.stringify(body),
          headers: { 'content-type': 'application/json' },
        })
      ).json() as Promise<T>,
  }
}

/** Hits of one path, in order. */
export const hitsOf = (server: TestServer, path: string): Hit[] => server.hits.filter((hit) => hit.path === path)

/** Renders under a fresh QueryClientProvider; returns the client too. */
export function renderWithClient(
  ui: ReactNode,
  defaultOptions?: DefaultOptions,
  queryClient = new QueryClient({ defaultOptions }),
) {
  // As the README mounts them: the provider owns which errors this app shows in place.
  const view = render(
    <QueryClientProvider client={queryClient}>
      <ApiErrorProvider>{ui}</ApiErrorProvider>
    </QueryClientProvider>,
  )
  return { ...view, queryClient }
}
