import { performance } from 'node:perf_hooks'
import { QueryClient } from '@tanstack/react-query'
import axios from 'axios'
import axiosRetry from 'axios-retry'
import { createApiFetch } from '../src/core/index.js'
import { apiErrorQueryDefaults } from '../src/query/index.js'
import { startBenchServer, warmUp, withDeadline } from './server.js'
import { verdict } from './table.js'
import type { Row } from './table.js'

/** Issue 3: 20 queries against a server that answers 429 `Retry-After: 3` for 3 s, then 200. */
const QUERIES = 20
const WINDOW_MS = 3_000
const RETRY_AFTER_S = '3'
const RECOVERY_GOAL_MS = WINDOW_MS + 1_500
const DEADLINE_MS = 20_000

interface StormOutcome {
  /** Requests that reached the server while it answered 429. */
  inWindow: number
  total: number
  succeeded: number
  /** When the last of the 20 succeeded, if all did. */
  recoveredMs: number | undefined
  /** Wall time until every query settled (success or failure). */
  settledMs: number
  timedOut: boolean
}

type Query = (base: string, index: number) => Promise<unknown>

async function storm(query: Query): Promise<StormOutcome> {
  let firstAt: number | undefined
  const server = await startBenchServer((_req, _url, hit) => {
    firstAt ??= hit.at
    if (hit.at - firstAt < WINDOW_MS) {
      return {
        status: 429,
        headers: { 'retry-after': RETRY_AFTER_S },
        body: {
          id: `err_${Math.round(hit.at)}`,
          code: 429,
          type: 'RateLimited',
          message: 'Too many requests: slow down',
        },
      }
    }
    return { status: 200, body: { ok: true } }
  })
  const start = performance.now()
  const succeededAt: number[] = []
  const all = Promise.allSettled(
    Array.from({ length: QUERIES }, (_, index) =>
      query(server.base, index).then(() => void succeededAt.push(performance.now() - start)),
    ),
  )
  const settled = await withDeadline(all, DEADLINE_MS)
  const settledMs = performance.now() - start
  await server.close()
  return {
    inWindow: server.hits.filter((hit) => hit.status === 429).length,
    total: server.hits.length,
    succeeded: succeededAt.length,
    recoveredMs: succeededAt.length === QUERIES ? Math.max(...succeededAt) : undefined,
    settledMs,
    timedOut: settled === 'deadline',
  }
}

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

function describe(outcome: StormOutcome): Pick<Row, 'result' | 'goal'> {
  const recovered =
    outcome.recoveredMs === undefined
      ? `not recovered (${outcome.timedOut ? 'still running at the deadline' : `gave up after ${(outcome.settledMs / 1000).toFixed(1)} s`})`
      : `recovered in ${(outcome.recoveredMs / 1000).toFixed(2)} s`
  const firstWaveOnly = outcome.inWindow <= QUERIES
  const inTime = outcome.recoveredMs !== undefined && outcome.recoveredMs <= RECOVERY_GOAL_MS
  return {
    result: `**${outcome.inWindow}** requests in the window (first wave: ${QUERIES}), ${outcome.total} in all · ${outcome.succeeded}/${QUERIES} succeeded · ${recovered}`,
    goal: `${verdict(firstWaveOnly, 'first wave only')} · ${verdict(inTime, `recovered ≤ ${RECOVERY_GOAL_MS / 1000} s`)}`,
  }
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
