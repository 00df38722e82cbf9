import { configureStore } from '@reduxjs/toolkit'
import { createApi, fetchBaseQuery } from '@reduxjs/toolkit/query'
import { describeClient, TOKEN } from './support/scenarios.js'
import { proxyPage, rest } from './support/dialects.js'
import { serveApi } from './support/loopback.js'
import type { Loopback } from './support/loopback.js'

const api = createApi({
  baseQuery: fetchBaseQuery({
    prepareHeaders: (headers) => {
      headers.set('authorization', `Bearer ${TOKEN}`)
      return headers
    },
  }),
  endpoints: (build) => ({ project: build.query<unknown, string>({ query: (url) => url }) }),
})

/** RTK Query never throws: the query's result holds `error` (`{ status, data }`, FETCH_ERROR, PARSING_ERROR…). */
async function queryError(url: string, signal?: AbortSignal) {
  const store = configureStore({
    reducer: { [api.reducerPath]: api.reducer },
    middleware: (defaults) => defaults().concat(api.middleware),
  })
  const query = store.dispatch(api.endpoints.project.initiate(url))
  signal?.addEventListener('abort', () => {
    query.abort()
  })
  const { error } = await query
  query.unsubscribe()
  return error
}

const proxy = serveApi({ answer: () => proxyPage })

// RTK Query's cached result keeps the status and body, not the headers: Retry-After is lost.
describeClient({
  name: 'RTK Query',
  backend: rest,
  needsSecrets: true,
  expected: { '429': { retryAfterMs: undefined } },
  fail: (scenario, loopback: Loopback) =>
    queryError(`${loopback.url(scenario)}/projects/42`, scenario === 'abort' ? loopback.signal : undefined),
  extra: {
    // A proxy's HTML page cannot be parsed as JSON: PARSING_ERROR, the status kept as originalStatus.
    'proxy 503 page': {
      fail: () => queryError(`${proxy.url('503')}/projects/42`),
      expected: { type: 'Unavailable', status: 503 },
    },
  },
})
