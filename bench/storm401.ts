import axios from 'axios'
import type { InternalAxiosRequestConfig } from 'axios'
import { createAuthRefresh } from 'axios-auth-refresh'
import type { AxiosAuthRefreshOptions } from 'axios-auth-refresh'
import { createApiFetch, createAuthCoordinator } from '../src/core/index.js'
import { sleep, startBenchServer, warmUp, withDeadline } from './server.js'
import { verdict } from './table.js'
import type { Row } from './table.js'

/** 20 requests with an expired token against a server that accepts only the latest token. */
const REQUESTS = 20
const REFRESH_MS = 50
const DEADLINE_MS = 15_000
const EXPIRED = 'expired-token'

interface Scenario {
  name: string
  /** Milliseconds between two request starts. */
  gapMs: number
  /** Server latency of the n-th data request (a fixed sequence, so every run sees the same). */
  latencyMs: (n: number) => number
}

const scenarios: Scenario[] = [
  { name: 'at once', gapMs: 0, latencyMs: () => 20 },
  { name: 'staggered over 200 ms', gapMs: 10, latencyMs: (n) => 10 + ((n * 53) % 141) },
]

interface StormOutcome {
  refreshes: number
  succeeded: number
  dataRequests: number
  timedOut: boolean
}

/** A client under test: how it refreshes is its own business; it reports through the server only. */
type Client = (base: string) => (index: number) => Promise<unknown>

async function storm(scenario: Scenario, client: Client): Promise<StormOutcome> {
  let current = 'token-0'
  let generation = 0
  let dataRequests = 0
  const server = await startBenchServer((req, url) => {
    if (url.pathname === '/refresh') {
      // Each refresh rotates the token: the previous one stops working.
      current = `token-${++generation}`
      return { status: 200, body: { token: current }, delayMs: REFRESH_MS }
    }
    const delayMs = scenario.latencyMs(dataRequests++)
    if (req.headers.authorization === `Bearer ${current}`) return { status: 200, body: { ok: true }, delayMs }
    return {
      status: 401,
      body: { id: 'err_401', code: 401, type: 'Unauthorized', message: 'The access token expired' },
      delayMs,
    }
  })
  const call = client(server.base)
  // Each outcome is taken at once: a request that fails while later ones are still starting is not unhandled.
  const calls: Promise<boolean>[] = []
  for (let index = 0; index < REQUESTS; index++) {
    if (index > 0 && scenario.gapMs > 0) await sleep(scenario.gapMs)
    calls.push(
      call(index).then(
        () => true,
        () => false,
      ),
    )
  }
  const settled = await withDeadline(Promise.all(calls), DEADLINE_MS)
  await server.close()
  return {
    refreshes: server.hits.filter((hit) => hit.path === '/refresh').length,
    succeeded: settled === 'deadline' ? 0 : settled.filter(Boolean).length,
    dataRequests: server.hits.filter((hit) => hit.path.startsWith('/data/')).length,
    timedOut: settled === 'deadline',
  }
}

/** The kit: one auth coordinator shared by every request of the app. */
const kit: Client = (base) => {
  let token = EXPIRED
  const auth = createAuthCoordinator({
    refresh: async () => {
      const response = await fetch(`${base}/refresh`, { method: 'POST' })
      if (!response.ok) throw new Error(`refresh failed with ${response.status}`)
      token = ((await response.json()) as { token: string }).token
      return token
    },
  })
  const apiFetch = createApiFetch({ baseUrl: base, auth, getAccessToken: () => token })
  return async (index) => (await apiFetch(`/data/${index}`)).json()
}

/** axios-auth-refresh wired as its README shows: default options unless `options` says otherwise. */
const axiosAuthRefresh =
  (options?: AxiosAuthRefreshOptions): Client =>
  (base) => {
    let token = EXPIRED
    const api = axios.create()
    api.interceptors.request.use((config) => {
      config.headers.set('Authorization', `Bearer ${token}`)
      return config
    })
    createAuthRefresh(
      api,
      async (failedRequest: { response: { config: InternalAxiosRequestConfig } }) => {
        const response = await axios.post<{ token: string }>(`${base}/refresh`)
        token = response.data.token
        failedRequest.response.config.headers.set('Authorization', `Bearer ${token}`)
      },
      options,
    )
    return (index) => api.get(`${base}/data/${index}`)
  }

export async function run(): Promise<Row[]> {
  const rows: Row[] = []
  const contenders: [string, Client][] = [
    ['**react-api-errors**: `createApiFetch({ auth: createAuthCoordinator({ refresh }), getAccessToken })`', kit],
    ['axios-auth-refresh defaults: `createAuthRefresh(axios, refreshLogic)`', axiosAuthRefresh()],
    // The workaround users reach for (its issue #307); the refresh goes through another instance, so no loop.
    ['axios-auth-refresh with `{ deduplicateRefresh: false }`', axiosAuthRefresh({ deduplicateRefresh: false })],
  ]
  await warmUp(
    contenders.map(
      ([, client]) =>
        (base) =>
          client(base)(0),
    ),
  )
  for (const scenario of scenarios) {
    for (const [contender, client] of contenders) {
      process.stderr.write(`  401 storm (${scenario.name}): ${contender.replace(/[*`]/g, '').split(':')[0]}\n`)
      const outcome = await storm(scenario, client)
      rows.push({
        bench: `401 storm: ${REQUESTS} requests ${scenario.name}, expired token`,
        contender,
        result: `**${outcome.refreshes}** refresh call${outcome.refreshes === 1 ? '' : 's'} · ${outcome.succeeded}/${REQUESTS} succeeded${outcome.timedOut ? ' (deadline hit)' : ''} · ${outcome.dataRequests} data requests reached the server`,
        goal: `${verdict(outcome.refreshes === 1, 'one refresh')} · ${verdict(outcome.succeeded === REQUESTS, `${REQUESTS}/${REQUESTS}`)}`,
      })
    }
  }
  return rows
}
