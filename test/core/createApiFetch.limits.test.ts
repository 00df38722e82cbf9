import { getEventListeners } from 'node:events'
import { beforeEach, describe, expect, it } from 'vitest'
import { createApiFetch, createAuthCoordinator, isApiError } from '../../src/core/index.js'
import type { ApiError } from '../../src/core/index.js'
import { json, pause, rejection, serveForFile, until } from './support/server.js'

const server = serveForFile()
const other = serveForFile()
/** When the server sent its 429/503, by its clock (the same process clock as the client's). */
let closedAt = 0

beforeEach(() => {
  server.reset()
  other.reset()
  closedAt = 0
  // The first request is refused for 1 s; everything after succeeds.
  server.routes['/limited'] = (_req, res) => {
    if (closedAt === 0) {
      closedAt = Date.now()
      json(res, 429, { type: 'RateLimited', message: 'Slow down' }, { 'retry-after': '1' })
    } else json(res, 200, { ok: true })
  }
  server.routes['/ok'] = (_req, res) => json(res, 200, { ok: true })
  other.routes['/ok'] = (_req, res) => json(res, 200, { ok: true })
})

const isRateLimited = (result: PromiseSettledResult<unknown>): result is PromiseRejectedResult =>
  result.status === 'rejected' && isApiError(result.reason, 'RateLimited')

describe('createApiFetch: per-origin rate-limit gate', () => {
  it('holds 20 requests until Retry-After has passed when the wait is short enough, then sends them', async () => {
    const apiFetch = createApiFetch({ baseUrl: server.base })
    const first = await rejection(apiFetch('/limited'))
    expect(first).toMatchObject({ type: 'RateLimited', status: 429, retryAfterMs: 1000 })

    const responses = await Promise.all(Array.from({ length: 20 }, () => apiFetch('/limited')))
    expect(responses.map((r) => r.status)).toEqual(Array(20).fill(200))
    const later = server.hits.slice(1)
    expect(later.length).toBe(20)
    // None reached the server inside the window.
    expect(Math.min(...later.map((h) => h.at)) - closedAt).toBeGreaterThanOrEqual(1000)
  })

  it('fails fast with RateLimited and the remaining delay when the wait is longer than maxGateWaitMs', async () => {
    const apiFetch = createApiFetch({ baseUrl: server.base, maxGateWaitMs: 100 })
    await rejection(apiFetch('/limited'))

    const results = await Promise.allSettled(Array.from({ length: 20 }, () => apiFetch('/limited')))
    expect(results.every(isRateLimited)).toBe(true)
    const errors = results.map((r) => (r as PromiseRejectedResult).reason as ApiError)
    for (const error of errors) {
      expect(error.retryAfterMs).toBeGreaterThan(0)
      expect(error.retryAfterMs).toBeLessThanOrEqual(1000)
      expect(error).toMatchObject({
        status: 0,
        retryable: true,
        request: { method: 'GET', url: `${server.base}/limited` },
      })
    }
    expect(server.hits.length).toBe(1)

    // Once the delay is over, the origin is open again.
    await pause(Math.max(...errors.map((e) => e.retryAfterMs ?? 0)) + 20)
    expect((await apiFetch('/limited')).status).toBe(200)
    expect(server.hits.length).toBe(2)
  })

  it('mixes both: requests wait while the remaining delay drops below maxGateWaitMs', async () => {
    const apiFetch = createApiFetch({ baseUrl: server.base, maxGateWaitMs: 500 })
    await rejection(apiFetch('/limited'))
    const early = await Promise.allSettled(Array.from({ length: 10 }, () => apiFetch('/limited')))
    await until(() => Date.now() - closedAt > 600)
    const late = await Promise.allSettled(Array.from({ length: 10 }, () => apiFetch('/limited')))
    expect(early.every(isRateLimited)).toBe(true)
    expect(late.every((r) => r.status === 'fulfilled' && r.value.status === 200)).toBe(true)
    expect(server.hits.slice(1).every((h) => h.at - closedAt >= 1000)).toBe(true)
  })

  it('also closes on a 503 with Retry-After, and only for that origin', async () => {
    server.routes['/busy'] = (_req, res) => json(res, 503, { message: 'Maintenance' }, { 'retry-after': '30' })
    const apiFetch = createApiFetch({ maxGateWaitMs: 0 })
    expect(await rejection(apiFetch(`${server.base}/busy`))).toMatchObject({
      type: 'Unavailable',
      status: 503,
      retryAfterMs: 30_000,
    })

    const blocked = await rejection(apiFetch(`${server.base}/ok`))
    expect(blocked.type).toBe('RateLimited')
    expect(blocked.retryAfterMs).toBeGreaterThan(28_000)
    expect((await apiFetch(`${other.base}/ok`)).status).toBe(200)
    expect(server.hits.map((h) => h.path)).toEqual(['/busy'])
    expect(other.hits.length).toBe(1)
  })

  it('does not close for a 429 without a delay', async () => {
    server.routes['/no-delay'] = (_req, res) => json(res, 429, { type: 'RateLimited' })
    const apiFetch = createApiFetch({ baseUrl: server.base, maxGateWaitMs: 0 })
    expect((await rejection(apiFetch('/no-delay'))).retryAfterMs).toBeUndefined()
    expect((await apiFetch('/ok')).status).toBe(200)
  })

  it('keeps gates per apiFetch instance', async () => {
    const a = createApiFetch({ baseUrl: server.base, maxGateWaitMs: 0 })
    await rejection(a('/limited'))
    expect((await createApiFetch({ baseUrl: server.base })('/ok')).status).toBe(200)
  })
})

describe('createApiFetch: timeout and abort', () => {
  beforeEach(() => {
    server.routes['/slow'] = (_req, res) => void setTimeout(() => json(res, 200, { late: true }), 3000).unref()
  })

  it('fails with Timeout (status 0) when the server takes longer than timeoutMs', async () => {
    const apiFetch = createApiFetch({ baseUrl: server.base, timeoutMs: 100 })
    const error = await rejection(apiFetch('/slow'))
    expect(error).toMatchObject({
      type: 'Timeout',
      status: 0,
      retryable: true,
      request: { method: 'GET', url: `${server.base}/slow` },
    })
    expect(error.message).toMatch(/100 ms/)
  })

  it('retries a timed-out idempotent request when retries allow, then gives up', async () => {
    const apiFetch = createApiFetch({ baseUrl: server.base, timeoutMs: 50, maxRetries: 1 })
    expect((await rejection(apiFetch('/slow'))).type).toBe('Timeout')
    await until(() => server.hits.length === 2)
    expect(server.hits.length).toBe(2)
  })

  it('does not time out a fast request', async () => {
    const response = await createApiFetch({ baseUrl: server.base, timeoutMs: 5000 })('/ok')
    expect(await response.json()).toEqual({ ok: true })
  })

  it('fails with Aborted when the caller aborts mid-request', async () => {
    const controller = new AbortController()
    const pending = createApiFetch({ baseUrl: server.base, timeoutMs: 5000 })('/slow', { signal: controller.signal })
    await until(() => server.hits.length === 1)
    controller.abort()
    expect(await rejection(pending)).toMatchObject({ type: 'Aborted', status: 0, retryable: false })
  })

  it('does not send a request whose signal is already aborted, nor one given as an aborted Request', async () => {
    const apiFetch = createApiFetch({ baseUrl: server.base })
    expect((await rejection(apiFetch('/ok', { signal: AbortSignal.abort() }))).type).toBe('Aborted')
    const request = new Request(`${server.base}/ok`, { signal: AbortSignal.abort() })
    expect((await rejection(apiFetch(request))).type).toBe('Aborted')
    expect(server.hits.length).toBe(0)
  })

  it('stops waiting at the gate when the caller aborts, and never reaches the server', async () => {
    server.routes['/busy'] = (_req, res) => json(res, 503, {}, { 'retry-after': '30' })
    const apiFetch = createApiFetch({ baseUrl: server.base, maxGateWaitMs: 60_000 })
    await rejection(apiFetch('/busy'))
    const controller = new AbortController()
    let settled = false
    const waiting = apiFetch('/ok', { signal: controller.signal }).finally(() => (settled = true))
    await pause(50)
    expect(settled).toBe(false) // held at the gate (a 30 s wait: only the abort can end it within the test)
    controller.abort()
    expect((await rejection(waiting)).type).toBe('Aborted')
    expect(server.hits.map((h) => h.path)).toEqual(['/busy'])
  })
})

describe('createApiFetch: leaves nothing behind', () => {
  const timers = () => process.getActiveResourcesInfo().filter((name) => name === 'Timeout').length

  /** Successes, error statuses, a gate wait and a re-authentication, all with one long-lived signal. */
  async function exercise(caller: AbortSignal) {
    let token = 'old'
    server.routes['/me'] = (req, res) =>
      req.headers.authorization === 'Bearer new' ? json(res, 200, {}) : json(res, 401, {})
    const auth = createAuthCoordinator({ refresh: () => (token = 'new'), timeoutMs: 60_000 })
    const apiFetch = createApiFetch({ baseUrl: server.base, timeoutMs: 60_000, getAccessToken: () => token, auth })
    for (let i = 0; i < 10; i++) {
      await (await apiFetch('/ok', { signal: caller })).json()
      await rejection(apiFetch('/missing', { signal: caller }))
    }
    await (await apiFetch('/me', { signal: caller })).json()
    await rejection(apiFetch('/limited', { signal: caller }))
    await (await apiFetch('/limited', { signal: caller })).json()
  }

  it('clears every timer and abort listener it created (60 s timeouts would still be pending otherwise)', async () => {
    const caller = new AbortController()
    const before = timers()
    await exercise(caller.signal)
    expect(getEventListeners(caller.signal, 'abort')).toHaveLength(0)
    expect(timers()).toBeLessThanOrEqual(before + 1)
  })

  it('does the same where AbortSignal.any is missing, and the caller can still abort', async () => {
    const any = Object.getOwnPropertyDescriptor(AbortSignal, 'any')
    Reflect.deleteProperty(AbortSignal, 'any')
    try {
      const caller = new AbortController()
      await exercise(caller.signal)
      expect(getEventListeners(caller.signal, 'abort')).toHaveLength(0)

      server.routes['/slow'] = (_req, res) => void setTimeout(() => json(res, 200, {}), 3000).unref()
      const pending = createApiFetch({ baseUrl: server.base, timeoutMs: 60_000 })('/slow', { signal: caller.signal })
      await until(() => server.hits.some((h) => h.path === '/slow'))
      caller.abort()
      expect((await rejection(pending)).type).toBe('Aborted')
    } finally {
      if (any) Object.defineProperty(AbortSignal, 'any', any)
    }
  })
})
