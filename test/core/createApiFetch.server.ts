import { createServer } from 'node:http'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { isApiError } from '../../src/core/index.js'
import type { ApiError } from '../../src/core/index.js'

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
  readonly base: string
  /** Every request that reached the server, in order of arrival. */
  hits: Hit[]
  /** Handlers by path; anything else answers 404. */
  routes: Record<string, Route>
  reset(): void
  close(): Promise<void>
}

/** A real HTTP server on 127.0.0.1 and a free port. */
export async function startTestServer(): Promise<TestServer> {
  const state = { hits: [] as Hit[], routes: {} as Record<string, Route> }
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
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    base,
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
    async close() {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
    },
  }
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

/** The ApiError a promise rejects with; fails the test otherwise. */
export async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise
  } catch (error) {
    if (isApiError(error)) return error
    throw new Error(`expected an ApiError, got ${String(error)}`, { cause: error })
  }
  throw new Error('expected the request to fail')
}
