import { createServer } from 'node:http'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { close, listen } from './server.js'

/** One request that reached `/api/…` or `/limited`, as the server saw it. */
export interface ApiHit {
  /** The path and query as sent. */
  url: string
  path: string
  tab: string | null
  status: number
  at: number
}

/** What the session server counts; a test reads it after driving the tabs. */
export interface SessionCounts {
  /** `/refresh` calls that presented the current refresh token and rotated it. */
  refreshes: number
  /** `/refresh` calls that presented an already-used refresh token (each one revokes the session). */
  reuses: number
  /** `/refresh` calls whose client went away before the answer: nothing was rotated. */
  abandoned: number
  /** Every `/refresh` that arrived, whatever became of it. */
  refreshArrivals: number
}

export interface SessionServer {
  readonly base: string
  counts: SessionCounts
  hits: ApiHit[]
  /** Every access token `/refresh` has answered with. */
  refreshed: string[]
  /** Makes every access token issued so far invalid (they expired). */
  expireAccessTokens(): void
  /** Ends the session: the refresh token stops working, as after a reuse. */
  revoke(): void
  /** `/refresh` waits this long before answering (and rotates only if the client is still there); `Infinity` never answers. */
  refreshDelayMs: number
  /** `/limited…` (any path under it) answers 429 with `Retry-After: <seconds>` while this is set, once, then 200. */
  rateLimitSeconds: number | undefined
  /** When the 429 window of `/limited` ends (epoch ms), once one was sent. */
  windowEndsAt: number
  close(): Promise<void>
}

/**
 * A real API with expiring access tokens and a rotating refresh token in an HttpOnly cookie, as
 * Auth0, Okta or Supabase run it: `/refresh` rotates the token on every call and revokes the whole
 * session when an already-used refresh token comes back (reuse detection). `/login` starts a new
 * session. `/?v=<name>` serves a test page that runs `scripts[name]`, and `/kit.js?v=<name>` that script.
 */
export async function startSessionServer(scripts: Record<string, string>): Promise<SessionServer> {
  let serial = 0
  const validAccess = new Set<string>()
  /** The refresh token that works now; `undefined` when the session is revoked or never started. */
  let current: string | undefined
  const used = new Set<string>()
  const pending = new Set<ServerResponse>()

  const state = {
    base: '',
    counts: { refreshes: 0, reuses: 0, abandoned: 0, refreshArrivals: 0 },
    hits: [] as ApiHit[],
    refreshed: [] as string[],
    refreshDelayMs: 0,
    rateLimitSeconds: undefined as number | undefined,
    windowEndsAt: 0,
  }

  const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) =>
    res
      .writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store', ...headers })
      .end(JSON.stringify(body))
  const issue = (res: ServerResponse) => {
    serial += 1
    const accessToken = `access-${serial}`
    if (res.req.url === '/refresh') state.refreshed.push(accessToken)
    current = `refresh-${serial}`
    validAccess.add(accessToken)
    json(res, 200, { accessToken }, { 'set-cookie': `rt=${current}; HttpOnly; Path=/; SameSite=Strict` })
  }
  const cookie = (req: IncomingMessage) => /(?:^|;\s*)rt=([^;]*)/.exec(req.headers.cookie ?? '')?.[1]

  const refresh = (req: IncomingMessage, res: ServerResponse) => {
    state.counts.refreshArrivals += 1
    const presented = cookie(req)
    let gone = false
    res.on('close', () => (gone = !res.writableFinished))
    const answer = () => {
      pending.delete(res)
      // A client that went away never got the new cookie: the rotation did not happen.
      if (gone) {
        state.counts.abandoned += 1
        return
      }
      if (presented !== undefined && used.has(presented)) {
        state.counts.reuses += 1
        current = undefined
        return json(res, 401, { type: 'Unauthorized', message: 'Refresh token reused: session revoked' })
      }
      if (presented === undefined || presented !== current)
        return json(res, 401, { type: 'Unauthorized', message: 'No session' })
      used.add(presented)
      state.counts.refreshes += 1
      issue(res)
    }
    if (state.refreshDelayMs === 0) return answer()
    pending.add(res)
    if (state.refreshDelayMs !== Infinity) setTimeout(answer, state.refreshDelayMs)
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const hit = (status: number) =>
      state.hits.push({
        url: req.url ?? '',
        path: url.pathname,
        tab: url.searchParams.get('tab'),
        status,
        at: Date.now(),
      })
    const variant = url.searchParams.get('v') ?? ''
    if (url.pathname === '/' && variant in scripts) {
      const html = `<!doctype html><html lang="en"><meta charset="utf-8"><title>tab</title><script type="module" src="/kit.js?v=${encodeURIComponent(variant)}"></script></html>`
      return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html)
    }
    if (url.pathname === '/kit.js' && variant in scripts)
      return res.writeHead(200, { 'content-type': 'text/javascript' }).end(scripts[variant])
    if (url.pathname === '/login' && req.method === 'POST') return void req.resume().on('end', () => issue(res))
    if (url.pathname === '/refresh' && req.method === 'POST') return refresh(req, res)
    if (url.pathname.startsWith('/limited')) {
      if (state.rateLimitSeconds !== undefined) {
        state.windowEndsAt = Date.now() + state.rateLimitSeconds * 1000
        hit(429)
        const seconds = String(state.rateLimitSeconds)
        state.rateLimitSeconds = undefined
        return json(res, 429, { type: 'RateLimited', message: 'Slow down' }, { 'retry-after': seconds })
      }
      hit(200)
      return json(res, 200, { ok: true })
    }
    if (url.pathname.startsWith('/api/')) {
      const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1]
      const ok = token !== undefined && validAccess.has(token)
      hit(ok ? 200 : 401)
      return ok
        ? json(res, 200, { ok: true })
        : json(res, 401, { type: 'Unauthorized', message: 'Access token expired' })
    }
    json(res, 404, { type: 'ResourceNotFound', message: 'No such route' })
  })
  state.base = await listen(server)

  return Object.assign(state, {
    expireAccessTokens: () => validAccess.clear(),
    revoke: () => {
      current = undefined
    },
    close: async () => {
      for (const res of pending) res.destroy()
      await close(server)
    },
  })
}
