import { createServer } from 'node:http'
import type { ServerResponse } from 'node:http'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createApiFetch, readApiError } from '../../src/core/index.js'
import type { FetchImplementation } from '../../src/core/index.js'
import { close, listen, pause, rejectionOf } from './support/server.js'

// A body that never ends but never stalls either: a byte every 20 ms, far under any size cap. An
// error body is read to classify the failure; that read must end when the time given runs out.

const open = new Set<ServerResponse>()
const closed: string[] = []
const server = createServer((req, res) => {
  res.writeHead(503, { 'content-type': 'application/json', 'retry-after': '7' })
  res.write('{"message":"')
  open.add(res)
  const timer = setInterval(() => res.write('x'), 20)
  res.on('close', () => {
    clearInterval(timer)
    open.delete(res)
    closed.push(req.url ?? '')
  })
})
let base = ''
beforeAll(async () => {
  base = await listen(server)
})
afterEach(() => {
  for (const res of open) res.destroy()
  closed.length = 0
})
afterAll(() => close(server))

/** What `promise` settles with, or 'pending' after `ms`. */
const within = <T>(promise: Promise<T>, ms: number) => Promise.race([promise, pause(ms).then(() => 'pending' as const)])

describe('readApiError: a trickling, endless body', () => {
  it('stops reading after timeoutMs and classifies by status and headers', async () => {
    const response = await fetch(`${base}/timeout`)
    const started = Date.now()
    const error = await within(readApiError(response, undefined, { timeoutMs: 200 }), 3000)
    expect(error).toMatchObject({ type: 'Unavailable', status: 503, retryAfterMs: 7000 })
    expect(Date.now() - started).toBeLessThan(2000)
    await pause(50)
    expect(closed).toContain('/timeout')
  })

  it('stops reading when its signal aborts', async () => {
    const response = await fetch(`${base}/signal`)
    const error = await within(readApiError(response, undefined, { signal: AbortSignal.timeout(200) }), 3000)
    expect(error).toMatchObject({ type: 'Unavailable', status: 503 })
  })

  it('misuse of timeoutMs says what to pass', async () => {
    const response = new Response('{}', { status: 500 })
    await expect(readApiError(response, undefined, { timeoutMs: -1 })).rejects.toThrow(/timeoutMs must be/)
  })
})

describe('createApiFetch: timeoutMs covers the error body', () => {
  it('a fetch that does not pass the signal on cannot hang the call on the body', async () => {
    // A wrapper that rebuilds the request from its URL drops the signal: the body is not torn down.
    const unsignalled: FetchImplementation = (request) => fetch(request.url)
    const apiFetch = createApiFetch({ baseUrl: base, timeoutMs: 300, maxRetries: 0, fetch: unsignalled })
    const error = await within(rejectionOf(apiFetch('/fetch')), 3000)
    expect(error).toMatchObject({ name: 'ApiError', type: 'Unavailable', status: 503 })
  })
})
