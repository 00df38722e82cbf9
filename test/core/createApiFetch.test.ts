import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createApiFetch, createAuthCoordinator, isApiError, readApiError } from '../../src/core/index.js'
import { json, pause, rejection, serveForFile, startTestServer } from './support/server.js'
import type { Hit } from './support/server.js'

const server = serveForFile()
let validToken = 'fresh-1'
let refreshCount = 0

/** `/me` accepts only `validToken`; `/refresh` issues the next one. */
function authRoutes() {
  server.routes['/me'] = (req, res) => {
    if (req.headers.authorization === `Bearer ${validToken}`) json(res, 200, { ok: true })
    else json(res, 401, { type: 'Unauthorized', message: 'Token expired' })
  }
  server.routes['/refresh'] = (_req, res) => {
    refreshCount += 1
    validToken = `fresh-${refreshCount + 1}`
    setTimeout(() => json(res, 200, { accessToken: validToken }), 50)
  }
}

/** The app's token store and a refresh that calls the real endpoint with plain fetch. */
function session(initial = 'expired') {
  const store = { token: initial }
  const refresh = async () => {
    const response = await fetch(`${server.base}/refresh`, { method: 'POST' })
    if (!response.ok) throw await readApiError(response)
    store.token = ((await response.json()) as { accessToken: string }).accessToken
    return store.token
  }
  return { store, refresh }
}

const hitsPerCall = () => {
  const counts = new Map<string, number>()
  for (const hit of server.hits)
    if (hit.path === '/me' && hit.call) counts.set(hit.call, (counts.get(hit.call) ?? 0) + 1)
  return counts
}

beforeEach(() => {
  server.reset()
  refreshCount = 0
  validToken = 'fresh-1'
  authRoutes()
})

describe('createApiFetch: 401 and the auth coordinator', () => {
  it('20 staggered requests with an expired token share exactly one refresh and all succeed', async () => {
    const { store, refresh } = session()
    const auth = createAuthCoordinator({ refresh })
    const apiFetch = createApiFetch({ baseUrl: server.base, getAccessToken: () => store.token, auth })

    const calls = Array.from({ length: 20 }, (_, i) => pause(i * 10).then(() => apiFetch(`/me?call=${i}`)))
    const responses = await Promise.all(calls)

    expect(responses.map((r) => r.status)).toEqual(Array(20).fill(200))
    expect(refreshCount).toBe(1)
    expect(auth.generation).toBe(1)
    const counts = hitsPerCall()
    expect(counts.size).toBe(20)
    expect(Math.max(...counts.values())).toBeLessThanOrEqual(2)
    // Replays carried the new token, never the expired one twice.
    expect(server.hits.filter((h) => h.path === '/me' && h.authorization === 'Bearer fresh-2').length).toBe(20)
  })

  it('rejects all 20 with Unauthorized, without looping, when the refresh endpoint answers 401', async () => {
    server.routes['/refresh'] = (_req, res) => {
      refreshCount += 1
      json(res, 401, { type: 'Unauthorized', message: 'Refresh token revoked' })
    }
    const { store, refresh } = session()
    const auth = createAuthCoordinator({ refresh })
    const apiFetch = createApiFetch({ baseUrl: server.base, getAccessToken: () => store.token, auth })

    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) => pause(i * 10).then(() => apiFetch(`/me?call=${i}`))),
    )

    expect(results.every((r) => r.status === 'rejected' && isApiError(r.reason, 'Unauthorized'))).toBe(true)
    expect(refreshCount).toBe(1)
    expect([...hitsPerCall().values()]).toEqual(Array(20).fill(1))
    expect(auth.getSnapshot().status).toBe('idle')
  })

  it('settles every request after the auth timeout when the refresh hangs', async () => {
    const hung = new AbortController()
    server.routes['/refresh'] = () => void (refreshCount += 1) // never answers
    const auth = createAuthCoordinator({
      timeoutMs: 300,
      refresh: () => fetch(`${server.base}/refresh`, { method: 'POST', signal: hung.signal }),
    })
    const apiFetch = createApiFetch({ baseUrl: server.base, getAccessToken: () => 'expired', auth })
    try {
      const results = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => apiFetch(`/me?call=${i}`)))
      expect(results.every((r) => r.status === 'rejected' && isApiError(r.reason, 'Unauthorized'))).toBe(true)
      expect(refreshCount).toBe(1)
    } finally {
      hung.abort()
    }
  })

  it('replays at most once when the server still answers 401 after a refresh', async () => {
    server.routes['/me'] = (_req, res) => json(res, 401, { type: 'Unauthorized' })
    const { store, refresh } = session()
    const auth = createAuthCoordinator({ refresh })
    const apiFetch = createApiFetch({ baseUrl: server.base, getAccessToken: () => store.token, auth })
    const error = await rejection(apiFetch('/me?call=1'))
    expect(error.type).toBe('Unauthorized')
    expect(hitsPerCall().get('1')).toBe(2)
    expect(refreshCount).toBe(1)
  })

  it('does not re-authenticate a request that brought its own Authorization header', async () => {
    const { refresh } = session()
    const auth = createAuthCoordinator({ refresh })
    const apiFetch = createApiFetch({ baseUrl: server.base, getAccessToken: () => 'ignored', auth })
    const error = await rejection(apiFetch('/me?call=1', { headers: { Authorization: 'Bearer caller-token' } }))
    expect(error.type).toBe('Unauthorized')
    expect(refreshCount).toBe(0)
    expect(server.hits[0]?.authorization).toBe('Bearer caller-token')
  })

  it('throws Unauthorized at once without a coordinator', async () => {
    const apiFetch = createApiFetch({ baseUrl: server.base, getAccessToken: async () => 'expired' })
    const error = await rejection(apiFetch('/me'))
    expect(error).toMatchObject({
      type: 'Unauthorized',
      status: 401,
      request: { method: 'GET', url: `${server.base}/me` },
    })
    expect(server.hits.length).toBe(1)
  })
})

describe('createApiFetch: requests and responses', () => {
  it('adds the bearer token from a sync or async getter, and none when it gives null', async () => {
    server.routes['/echo'] = (_req, res, hit) => json(res, 200, hit)
    for (const getAccessToken of [() => 'abc', async () => 'abc']) {
      const response = await createApiFetch({ baseUrl: server.base, getAccessToken })('/echo')
      expect(((await response.json()) as Hit).authorization).toBe('Bearer abc')
    }
    const anonymous = await createApiFetch({ baseUrl: `${server.base}/`, getAccessToken: () => null })('echo')
    expect(((await anonymous.json()) as Hit).authorization).toBeUndefined()
    expect(server.hits.map((h) => h.path)).toEqual(['/echo', '/echo', '/echo'])
  })

  it('throws the parsed ApiError for an error status, with method and URL', async () => {
    server.routes['/items'] = (_req, res) =>
      json(res, 409, { type: 'AlreadyExists', message: 'Item exists', id: 'req_1' })
    const apiFetch = createApiFetch({ baseUrl: server.base })
    const error = await rejection(apiFetch('/items', { method: 'POST', body: '{}' }))
    expect(error).toMatchObject({
      type: 'AlreadyExists',
      status: 409,
      id: 'req_1',
      request: { method: 'POST', url: `${server.base}/items` },
    })
  })

  it('returns redirects as they are when the caller asked for redirect: manual', async () => {
    server.routes['/moved'] = (_req, res) => res.writeHead(302, { location: '/me' }).end()
    const response = await createApiFetch({ baseUrl: server.base })('/moved', { redirect: 'manual' })
    expect(response.status).toBe(302)
  })

  it('uses globalThis.fetch as it is at call time', async () => {
    const apiFetch = createApiFetch({ baseUrl: server.base, getAccessToken: () => validToken })
    const spy = vi.spyOn(globalThis, 'fetch')
    const response = await apiFetch('/me')
    expect(response.status).toBe(200)
    expect(spy).toHaveBeenCalledTimes(1)
  })

  it('retries transport failures of idempotent requests only', async () => {
    let failuresLeft = 2
    server.routes['/flaky'] = (req, res) => {
      if (failuresLeft-- > 0) req.socket.destroy()
      else json(res, 200, { ok: true })
    }
    const apiFetch = createApiFetch({ baseUrl: server.base, maxRetries: 2 })
    expect((await apiFetch('/flaky')).status).toBe(200)
    expect(server.hits.length).toBe(3)

    failuresLeft = 2
    server.hits = []
    const error = await rejection(apiFetch('/flaky', { method: 'POST', body: 'x' }))
    expect(error).toMatchObject({ type: 'Network', status: 0 })
    expect(server.hits.length).toBe(1)
  })

  it('fails with Network when nothing listens, without retries by default', async () => {
    const closed = await startTestServer()
    await closed.close()
    const error = await rejection(createApiFetch()(`${closed.base}/me`))
    expect(error).toMatchObject({ type: 'Network', status: 0, request: { method: 'GET', url: `${closed.base}/me` } })
  })
})
