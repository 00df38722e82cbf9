// The README's retry policy in a QueryClient, verbatim (between BEGIN and END;
// test/tooling/readmeSnippets.test.ts checks it stays the same): queries retry a 502, mutations
// (POSTs) do not, and both retry a 429 the server refused.
import { QueryClient } from '@tanstack/react-query'
import { describe, expect, it } from 'vitest'
import { createRetryPolicy, parseApiError } from '../../src/index.js'

describe('README: the retry policy drops into a QueryClient', () => {
  it('retries queries as idempotent requests and mutations as non-idempotent ones', () => {
    // BEGIN README snippet
    const queries = createRetryPolicy()
    const mutations = createRetryPolicy({ idempotent: false }) // POSTs retry only where the server surely did nothing
    new QueryClient({
      defaultOptions: {
        queries: { retry: queries.retry, retryDelay: queries.retryDelay },
        mutations: { retry: mutations.retry, retryDelay: mutations.retryDelay },
      },
    })
    // END README snippet
    const badGateway = parseApiError({ status: 502, body: 'upstream failed' })
    const rateLimited = parseApiError({ status: 429, headers: { 'retry-after': '3' } })
    expect([badGateway.type, rateLimited.type]).toEqual(['Unavailable', 'RateLimited'])
    expect([queries.retry(0, badGateway), mutations.retry(0, badGateway)]).toEqual([true, false])
    expect([queries.retry(0, rateLimited), mutations.retry(0, rateLimited)]).toEqual([true, true])
    expect(mutations.retryDelay(0, rateLimited)).toBe(3000)
  })
})
