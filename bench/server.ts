import { createServer } from 'node:http'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { performance } from 'node:perf_hooks'

/** One request that reached the server. */
export interface Hit {
  path: string
  /** Milliseconds since the server started. */
  at: number
  status: number
}

export type Handler = (
  req: IncomingMessage,
  url: URL,
  hit: Hit,
) => { status: number; body: unknown; headers?: Record<string, string>; delayMs?: number }

export interface BenchServer {
  readonly base: string
  readonly hits: Hit[]
  close(): Promise<void>
}

/**
 * A real HTTP server on 127.0.0.1 and a free port. Every request is recorded; the handler decides
 * status, JSON body, headers and an optional delay. `close()` drops keep-alive sockets too, so no
 * client loop can keep the process alive after a contender is done.
 */
export async function startBenchServer(handler: Handler): Promise<BenchServer> {
  const hits: Hit[] = []
  const started = performance.now()
  const timers = new Set<NodeJS.Timeout>()
  const server = createServer((req, res: ServerResponse) => {
    req.resume()
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1')
      const hit: Hit = { path: url.pathname, at: performance.now() - started, status: 0 }
      hits.push(hit)
      const answer = handler(req, url, hit)
      hit.status = answer.status
      const send = () => {
        if (res.destroyed) return
        res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers })
        res.end(JSON.stringify(answer.body))
      }
      if (!answer.delayMs) return send()
      const timer = setTimeout(() => {
        timers.delete(timer)
        send()
      }, answer.delayMs)
      timers.add(timer)
    })
  })
  server.keepAliveTimeout = 5_000
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    base: `http://127.0.0.1:${port}`,
    hits,
    async close() {
      for (const timer of timers) clearTimeout(timer)
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
    },
  }
}

/** Settles after `ms`, without keeping the process alive. */
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref())

/** Races `promise` against a deadline so a misbehaving contender cannot stall the whole run. */
export async function withDeadline<T>(promise: Promise<T>, ms: number): Promise<T | 'deadline'> {
  let timer: NodeJS.Timeout | undefined
  const deadline = new Promise<'deadline'>((resolve) => {
    timer = setTimeout(() => resolve('deadline'), ms)
  })
  try {
    return await Promise.race([promise, deadline])
  } finally {
    clearTimeout(timer)
  }
}

/**
 * Runs each client against a throwaway server before anything is measured, so the first contender
 * of a group does not pay for loading and compiling the HTTP stack (undici, axios's adapter) and
 * its own error path on the clock. `handler` defaults to 200 for everything.
 */
export async function warmUp(
  clients: ((base: string) => Promise<unknown>)[],
  handler: Handler = () => ({ status: 200, body: { ok: true } }),
): Promise<void> {
  const server = await startBenchServer(handler)
  try {
    for (const client of clients) await client(server.base)
  } finally {
    await server.close()
  }
}
