import { QueryClient } from '@tanstack/react-query'
import axios from 'axios'
import axiosRetry from 'axios-retry'
import { createApiFetch } from '../src/core/index.js'
import { apiErrorQueryDefaults } from '../src/query/index.js'
import { QUERIES, RETRY_AFTER_S, WINDOW_MS, describe, storm } from './rateLimitStorm.js'
import type { Query } from './rateLimitStorm.js'
import { warmUp } from './server.js'
import type { Row } from './table.js'

/** The kit: `createApiFetch` (rate-limit gate) under TanStack Query with `apiErrorQueryDefaults()`. */
function kit(): Query {
  const apiFetch = createApiFetch()
  const client = new QueryClient({ defaultOptions: apiErrorQueryDefaults() })
  return (base, index) =>
    client.fetchQuery({
      queryKey: ['storm', index],
      queryFn: async ({ signal }) => (await apiFetch(`${base}/items/${index}`, { signal })).json() as Promise<unknown>,
    })
}

/** Only the fetch layer: `createApiFetch` under TanStack's own retry defaults (its rate-limit gate alone). */
function kitFetchOnly(): Query {
  const apiFetch = createApiFetch()
  const client = new QueryClient()
  return (base, index) =>
    client.fetchQuery({
      queryKey: ['storm', index],
      retry: 3,
      queryFn: async ({ signal }) => (await apiFetch(`${base}/items/${index}`, { signal })).json() as Promise<unknown>,
    })
}

/** TanStack Query as a browser app gets it: `retry: 3`, default `retryDelay`, plain fetch. */
function tanstackDefaults(): Query {
  const client = new QueryClient()
  return (base, index) =>
    client.fetchQuery({
      queryKey: ['storm', index],
      // fetchQuery (and any query on the server) defaults to no retry; useQuery in a browser retries 3 times.
      retry: 3,
      queryFn: async ({ signal }) => {
        const response = await fetch(`${base}/items/${index}`, { signal })
        if (!response.ok) throw new Error(`HTTP ${response.status}`)
        return response.json() as Promise<unknown>
      },
    })
}

/** axios with `axiosRetry(instance)` and no options. */
function axiosRetryDefaults(): Query {
  const instance = axios.create()
  axiosRetry(instance)
  return (base, index) => instance.get(`${base}/items/${index}`)
}

export async function run(): Promise<Row[]> {
  const bench = `429 storm: ${QUERIES} queries, \`Retry-After: ${RETRY_AFTER_S}\` for ${WINDOW_MS / 1000} s`
  const contenders: [string, () => Query][] = [
    ['**react-api-errors**: `createApiFetch()` + `new QueryClient({ defaultOptions: apiErrorQueryDefaults() })`', kit],
    [
      '**react-api-errors** fetch layer only: `createApiFetch()` under TanStack defaults (`retry: 3`, default `retryDelay`)',
      kitFetchOnly,
    ],
    ['TanStack Query defaults (`retry: 3`, default `retryDelay`) + plain `fetch`', tanstackDefaults],
    ['axios + axios-retry defaults', axiosRetryDefaults],
  ]
  // Warm-up: each contender's error path once (429 `Retry-After: 0`, then 200), a few queries at a time.
  const seen = new Set<string>()
  await warmUp(
    contenders.map(([, make], n) => (base) => {
      const query = make()
      return Promise.all([0, 1, 2, 3, 4].map((index) => query(`${base}/warm-up-${n}`, index)))
    }),
    (_req, url) => {
      const first = !seen.has(url.pathname)
      seen.add(url.pathname)
      return first
        ? { status: 429, headers: { 'retry-after': '0' }, body: { type: 'RateLimited', message: 'warm-up' } }
        : { status: 200, body: { ok: true } }
    },
  )
  const rows: Row[] = []
  for (const [contender, make] of contenders) {
    process.stderr.write(`  429 storm: ${contender.replace(/[*`]/g, '')}\n`)
    rows.push({ bench, contender, ...describe(await storm(make())) })
  }
  return rows
}
