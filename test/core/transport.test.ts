import { createServer } from 'node:http'
import { Client } from '@botpress/client'
import axios from 'axios'
import ky from 'ky'
import { ofetch } from 'ofetch'
import createClient from 'openapi-fetch'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseApiError, readApiError } from '../../src/core/index.js'
import type { ApiErrorType } from '../../src/core/index.js'
import { close, listen, rejectionOf } from './support/server.js'

// Failures with no response at all: nothing listens, the caller gave up, or the client's clock ran out.

let requestArrived: (() => void) | undefined
// Answers nothing until the test server closes, so only an abort or a timeout can end the request.
const server = createServer(() => requestArrived?.())
let live = ''
let dead = ''

beforeAll(async () => {
  live = await listen(server)
  // A port that was just freed: nothing listens there.
  const closed = createServer()
  dead = await listen(closed)
  await close(closed)
})
afterAll(() => close(server))

/** Starts a request to the silent server and aborts it once the server has it: a real in-flight abort. */
async function abortInFlight(start: (signal: AbortSignal) => Promise<unknown>): Promise<unknown> {
  const controller = new AbortController()
  const arrived = new Promise<void>((resolve) => (requestArrived = resolve))
  const failure = rejectionOf(start(controller.signal))
  await arrived
  controller.abort()
  return failure
}

const TIMEOUT_MS = 50

/** openapi-fetch without a generated schema: any path, GET only. */
type Paths = Record<string, { get: { parameters: { query?: Record<string, string> } } }>

interface TransportClient {
  name: string
  refused(): Promise<unknown>
  aborted?(signal: AbortSignal): Promise<unknown>
  timedOut(): Promise<unknown>
}

const clients: TransportClient[] = [
  {
    name: 'fetch',
    refused: () => fetch(`${dead}/items`),
    aborted: (signal) => fetch(`${live}/items`, { signal }),
    timedOut: () => fetch(`${live}/items`, { signal: AbortSignal.timeout(TIMEOUT_MS) }),
  },
  {
    name: 'axios',
    refused: () => axios.get(`${dead}/items`),
    aborted: (signal) => axios.get(`${live}/items`, { signal }),
    timedOut: () => axios.get(`${live}/items`, { timeout: TIMEOUT_MS }),
  },
  {
    name: 'ky',
    refused: () => ky.get(`${dead}/items`, { retry: 0 }),
    aborted: (signal) => ky.get(`${live}/items`, { retry: 0, signal }),
    timedOut: () => ky.get(`${live}/items`, { retry: 0, timeout: TIMEOUT_MS }),
  },
  {
    name: 'ofetch',
    refused: () => ofetch(`${dead}/items`, { retry: 0 }),
    aborted: (signal) => ofetch(`${live}/items`, { retry: 0, signal }),
    timedOut: () => ofetch(`${live}/items`, { retry: 0, timeout: TIMEOUT_MS }),
  },
  {
    name: 'openapi-fetch',
    refused: () => createClient<Paths>({ baseUrl: dead }).GET('/items'),
    aborted: (signal) => createClient<Paths>({ baseUrl: live }).GET('/items', { signal }),
    timedOut: () => createClient<Paths>({ baseUrl: live }).GET('/items', { signal: AbortSignal.timeout(TIMEOUT_MS) }),
  },
  {
    // Its calls take no signal; it wraps transport failures in its own UnknownError.
    name: '@botpress/client',
    refused: () => new Client({ apiUrl: dead, token: 'x', botId: 'b' }).getBot({ id: 'b' }),
    timedOut: () => new Client({ apiUrl: live, token: 'x', botId: 'b', timeout: TIMEOUT_MS }).getBot({ id: 'b' }),
  },
]

describe.each(clients)('$name transport failures', (client) => {
  it('classifies a refused connection as Network, with no status', async () => {
    const thrown = await rejectionOf(client.refused())
    for (const error of [parseApiError(thrown), await readApiError(thrown)]) {
      expect(error).toMatchObject({ type: 'Network', status: 0, action: 'retry', retryable: true })
      expect(error.retryAfterMs).toBeUndefined()
    }
  })

  it('classifies the client timeout as Timeout', async () => {
    const thrown = await rejectionOf(client.timedOut())
    const error = parseApiError(thrown)
    expect(error).toMatchObject({ type: 'Timeout', status: 0, action: 'retry', retryable: true })
  })
})

const abortable = clients.flatMap(({ name, aborted }) => (aborted ? [{ name, aborted }] : []))

describe.each(abortable)('$name aborted in flight', ({ aborted }) => {
  it('classifies an AbortController abort as Aborted, never retried', async () => {
    const error = parseApiError(await abortInFlight(aborted))
    expect(error).toMatchObject({ type: 'Aborted', status: 0, action: 'none', retryable: false })
  })
})

describe('request details of transport failures', () => {
  it('axios keeps method and url of a refused request, without config headers', async () => {
    const thrown = await rejectionOf(
      axios.post(`${dead}/items`, { a: 1 }, { headers: { Authorization: 'Bearer CANARY_0123456789' } }),
    )
    const error = parseApiError(thrown)
    expect(error.request).toEqual({ method: 'POST', url: `${dead}/items` })
    expect(error.cause).toMatchObject({ code: 'ECONNREFUSED' })
    expect(JSON.stringify(error)).not.toContain('CANARY')
  })

  it('ky keeps method and url of a timed-out request', async () => {
    const error = parseApiError(await rejectionOf(ky.delete(`${live}/items/7`, { retry: 0, timeout: TIMEOUT_MS })))
    expect(error).toMatchObject({ type: 'Timeout', request: { method: 'DELETE', url: `${live}/items/7` } })
  })

  it('ofetch keeps the url; readApiError adds the request fetch does not know', async () => {
    const fromOfetch = parseApiError(await rejectionOf(ofetch(`${dead}/items`, { method: 'PUT', retry: 0 })))
    expect(fromOfetch.request).toEqual({ method: 'PUT', url: `${dead}/items` })
    const fromFetch = await readApiError(await rejectionOf(fetch(`${dead}/items?token=CANARY`)), {
      method: 'get',
      url: `${dead}/items?token=CANARY`,
    })
    expect(fromFetch).toMatchObject({
      type: 'Network',
      request: { method: 'GET', url: `${dead}/items?token=[REDACTED]` },
    })
  })

  it('@botpress/client: the wrapped axios error decides, and the bot token stays out', async () => {
    const thrown = await rejectionOf(
      new Client({ apiUrl: dead, token: 'CANARY_BOT_TOKEN', botId: 'b' }).getBot({ id: 'b' }),
    )
    const error = parseApiError(thrown)
    expect(error).toMatchObject({
      type: 'Network',
      status: 0,
      request: { method: 'GET', url: `${dead}/v1/admin/bots/b` },
    })
    expect(JSON.stringify(error)).not.toContain('CANARY')
  })
})

describe('engine wordings of a failed fetch', () => {
  const cases: [string, unknown, ApiErrorType][] = [
    ['Chrome', new TypeError('Failed to fetch'), 'Network'],
    ['Firefox', new TypeError('NetworkError when attempting to fetch resource.'), 'Network'],
    ['Safari', new TypeError('Load failed'), 'Network'],
    ['Safari, connection lost', new TypeError('The network connection was lost.'), 'Network'],
    ['Safari, offline', new TypeError('The Internet connection appears to be offline.'), 'Network'],
    ['React Native / whatwg-fetch', new TypeError('Network request failed'), 'Network'],
    ['Node undici', new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } }), 'Network'],
    [
      'Node undici, DNS',
      new TypeError('fetch failed', { cause: { code: 'ENOTFOUND', syscall: 'getaddrinfo' } }),
      'Network',
    ],
    [
      'Node undici, connect timeout',
      new TypeError('fetch failed', { cause: { code: 'UND_ERR_CONNECT_TIMEOUT' } }),
      'Timeout',
    ],
    [
      'Node undici, abort inside',
      new TypeError('fetch failed', { cause: new DOMException('This operation was aborted', 'AbortError') }),
      'Aborted',
    ],
    ['AbortController', new DOMException('The user aborted a request.', 'AbortError'), 'Aborted'],
    ['AbortSignal.timeout', new DOMException('signal timed out', 'TimeoutError'), 'Timeout'],
    // A bug in the calling code is not a network failure.
    ['a programming error', new TypeError("Cannot read properties of undefined (reading 'json')"), 'Unknown'],
  ]

  it.each(cases)('%s', async (_engine, thrown, type) => {
    const error = parseApiError(thrown)
    expect(error).toMatchObject({ type, status: 0 })
    expect(error.cause).toMatchObject({ name: (thrown as Error).name, message: (thrown as Error).message })
    expect(await readApiError(thrown)).toMatchObject({ type, status: 0 })
  })
})
