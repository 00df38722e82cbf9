import { createServer } from 'node:http'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll } from 'vitest'
import { isApiError } from '../../../src/core/index.js'
import type { ApiError } from '../../../src/core/index.js'

/** What the server saw: one entry per request that reached it. */
export interface Hit {
  path: string
  call: string | null
  method: string
  authorization: string | undefined
  contentType: string | undefined
  body: string
  at: number
}

export type Route = (req: IncomingMessage, res: ServerResponse, hit: Hit) => void

export interface TestServer {
  /** `http://127.0.0.1:<port>`, once the server listens. */
  readonly base: string
  /** Every request that reached the server, in order of arrival. */
  hits: Hit[]
  /** Handlers by path; anything else answers 404. */
  routes: Record<string, Route>
  reset(): void
  close(): Promise<void>
}

/** Starts `server` on 127.0.0.1 at a free port; resolves with its base URL. */
export async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

/** Closes `server`, dropping the connections clients keep alive. */
export async function close(server: Server): Promise<void> {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
}

/** A test server that records hits and answers from `routes`; `listen()` starts it. */
function createTestServer(): TestServer & { listen(): Promise<void> } {
  const state = { base: '', hits: [] as Hit[], routes: {} as Record<string, Route> }
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1')
      const hit: Hit = {
        path: url.pathname,
        call: url.searchParams.get('call'),
        method: req.method ?? '',
        authorization: req.headers.authorization,
        contentType: req.headers['content-type'],
        body: Buffer.concat(chunks).toString('utf8'),
        at: Date.now(),
      }
      state.hits.push(hit)
      const route = state.routes[url.pathname]
      if (route) route(req, res, hit)
      else json(res, 404, { type: 'ResourceNotFound', message: 'No such route' })
    })
  })
  return {
    get base() {
      if (!state.base) throw new Error('the test server is not listening yet (it starts in beforeAll)')
      return state.base
    },
    get hits() {
      return state.hits
    },
    set hits(value) {
      state.hits = value
    },
    get routes() {
      return state.routes
    },
    set routes(value) {
      state.routes = value
    },
    reset() {
      state.hits = []
      state.routes = {}
    },
    async listen() {
      state.base = await listen(server)
    },
    close: () => close(server),
  }
}

/** A real HTTP server on 127.0.0.1 and a free port. */
export async function startTestServer(): Promise<TestServer> {
  const server = createTestServer()
  await server.listen()
  return server
}

/** The test file's server: listening on 127.0.0.1 and a free port from beforeAll, closed in afterAll. */
export function serveForFile(): TestServer {
  const server = createTestServer()
  beforeAll(() => server.listen())
  afterAll(() => server.close())
  return server
}

export const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) =>
  res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body))

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Polls until `condition` holds (or fails the test after `ms`). */
export async function until(condition: () => boolean, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time')
    await pause(5)
  }
}

/** Whatever a promise rejects with; fails the test if it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise
  } catch (error) {
    return error
  }
  throw new Error('expected the request to fail')
}

/** The ApiError a promise rejects with; fails the test otherwise. */
export async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  const error = await rejectionOf(promise)
  if (isApiError(error)) return error
  throw new Error(`expected an ApiError, got ${String(error)}`, { cause: error })
}
