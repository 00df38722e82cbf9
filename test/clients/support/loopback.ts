import { createServer } from 'node:http'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { afterAll, beforeAll } from 'vitest'
import { close, listen } from '../../core/support/server.js'
import type { Scenario } from './scenarios.js'

/** What a loopback API answers for one scenario: status, headers and a body (JSON when not a string). */
export interface Answer {
  status: number
  headers?: Record<string, string>
  body?: unknown
}

/** How an API answers: plain (a dialect's answers) or a real server's handler (tRPC, GraphQL, Connect). */
export type Backend =
  | { answer: (scenario: Scenario, authorization: string) => Answer }
  | { handle: (scenario: Scenario, req: IncomingMessage, res: ServerResponse) => void }

export interface Loopback {
  /** `http://127.0.0.1:<port>/<scenario>`: every request under it is answered as that scenario. */
  url(scenario: Scenario): string
  /** Aborts once the server holds the `abort` scenario's request, which it never answers. */
  readonly signal: AbortSignal
}

/**
 * A real HTTP server on 127.0.0.1 for one test file: the first path segment names the scenario,
 * the rest goes to the backend. `refused` points at a port nothing listens on; `abort` is held
 * open until the client gives up. Started in beforeAll, closed in afterAll.
 */
export function serveApi(backend: Backend): Loopback {
  let base = ''
  let refused = ''
  let controller = new AbortController()
  const held: ServerResponse[] = []
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const [, scenario = '', ...rest] = url.pathname.split('/')
    if (scenario === 'abort') {
      held.push(res)
      // Wait for the body to arrive too, so the client is past sending when it aborts.
      req.resume().on('end', () => controller.abort())
      return
    }
    req.url = `/${rest.join('/')}${url.search}`
    if ('handle' in backend) return backend.handle(scenario as Scenario, req, res)
    req.resume().on('end', () => {
      const { status, headers = {}, body } = backend.answer(scenario as Scenario, req.headers.authorization ?? '')
      const text = typeof body === 'string' || body === undefined ? (body ?? '') : JSON.stringify(body)
      const type = typeof body === 'string' ? 'text/html; charset=utf-8' : 'application/json'
      res.writeHead(status, { 'content-type': type, ...headers }).end(text)
    })
  })
  beforeAll(async () => {
    base = await listen(server)
    // A port that was just free and is closed again: connecting to it is refused.
    const gone = createServer()
    refused = await listen(gone)
    await close(gone)
  })
  afterAll(async () => {
    for (const res of held) res.destroy()
    await close(server)
  })
  return {
    url: (scenario) => (scenario === 'refused' ? `${refused}/refused` : `${base}/${scenario}`),
    get signal() {
      if (controller.signal.aborted) controller = new AbortController()
      return controller.signal
    },
  }
}
