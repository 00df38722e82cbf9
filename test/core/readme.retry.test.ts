// The README's "Parse an error, decide whether to retry" snippets, verbatim (copied between the
// BEGIN/END comments; test/tooling/readmeSnippets.test.ts checks they stay the same), run against
// a real HTTP server that answers 429 with `Retry-After: 12`.
import { describe, expect, it } from 'vitest'
import { createRetryPolicy, readApiError as readApiErrorOfTheKit } from '../../src/core/index.js'
import type { ApiError, RequestLike } from '../../src/core/index.js'
import { json, serveForFile } from './support/server.js'

const server = serveForFile()

describe('README: parse an error, decide whether to retry', () => {
  it('reads a 429 as RateLimited, retried after exactly the Retry-After', async () => {
    server.routes['/api/messages'] = (_req, res) =>
      json(res, 429, { type: 'RateLimited', message: 'Slow down' }, { 'retry-after': '12' })
    // The snippet's relative URL, sent to the test server; its error kept for the assertions.
    const fetch = (path: string, init: RequestInit) => globalThis.fetch(server.base + path, init)
    let seen: ApiError | undefined
    const readApiError = async (input: Response, request: RequestLike) =>
      (seen = await readApiErrorOfTheKit(input, request))
    const body = JSON.stringify({ text: 'hello' })
    /* eslint-disable @typescript-eslint/no-unused-expressions -- the README shows each value as an expression */
    // BEGIN README snippet
    const policy = createRetryPolicy() // 3 retries, capped full jitter, honours Retry-After

    const response = await fetch('/api/messages', { method: 'POST', body })
    if (!response.ok) {
      const error = await readApiError(response, { method: 'POST', url: response.url })
      error.type // 'RateLimited'
      error.retryAfterMs // 12000, from `Retry-After: 12`
      error.action // 'retry' — or 'signIn', 'upgrade', 'updatePayment', 'fixInput', 'requestAccess', 'contactSupport', 'none'
      policy.retry(0, error) // true: RateLimited may be retried…
      policy.retryDelay(0, error) // 12000: …after exactly what the server asked
    }
    // END README snippet
    /* eslint-enable @typescript-eslint/no-unused-expressions */
    expect(server.hits.map((hit) => [hit.method, hit.body])).toEqual([['POST', body]])
    expect(seen).toMatchObject({
      type: 'RateLimited',
      retryAfterMs: 12_000,
      action: 'retry',
      request: { method: 'POST', url: `${server.base}/api/messages` },
    })
    expect([policy.retry(0, seen), policy.retryDelay(0, seen)]).toEqual([true, 12_000])
  })
})
