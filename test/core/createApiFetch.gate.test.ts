import { describe, expect, it } from 'vitest'
import { createApiFetch } from '../../src/core/index.js'
import type { ApiFetchOptions } from '../../src/core/index.js'
import { json, rejection, serveForFile, until } from './support/server.js'

const server = serveForFile()
server.routes['/search'] = (_req, res) =>
  json(res, 429, { type: 'RateLimited', message: 'search is limited' }, { 'retry-after': '30' })
server.routes['/save'] = (_req, res) => json(res, 200, { saved: true })

const countOf = (path: string) => server.hits.filter((hit) => hit.path === path).length

describe('rateLimitGate scope', () => {
  const scoped = (rateLimitGate?: ApiFetchOptions['rateLimitGate']) =>
    createApiFetch({ baseUrl: server.base, maxGateWaitMs: 0, rateLimitGate })

  it("'origin' (the default) holds an unrelated save to the same origin for the whole window", async () => {
    server.hits = []
    const apiFetch = scoped()
    await rejection(apiFetch('/search'))
    const held = await rejection(apiFetch('/save', { method: 'POST', body: '{}' }))
    expect(held).toMatchObject({ type: 'RateLimited', status: 0 })
    expect(held.retryAfterMs).toBeGreaterThan(25_000)
    expect(countOf('/save')).toBe(0)
  })

  it("'path' lets the unrelated save through and still holds the endpoint that answered 429", async () => {
    server.hits = []
    const apiFetch = scoped('path')
    await rejection(apiFetch('/search'))
    const saved = await apiFetch('/save', { method: 'POST', body: '{}' })
    expect(await saved.json()).toEqual({ saved: true })
    expect(countOf('/save')).toBe(1)
    // The same path with another query is the same endpoint: held, and never sent.
    expect(await rejection(apiFetch('/search?q=other'))).toMatchObject({ type: 'RateLimited', status: 0 })
    expect(countOf('/search')).toBe(1)
  })

  it('false turns the gate off: every request reaches the server', async () => {
    server.hits = []
    const apiFetch = scoped(false)
    expect(await rejection(apiFetch('/search'))).toMatchObject({ type: 'RateLimited', status: 429 })
    expect(await rejection(apiFetch('/search'))).toMatchObject({ type: 'RateLimited', status: 429 })
    expect(countOf('/search')).toBe(2)
  })

  it.each([['per-endpoint'], [true], [null], [0]])('refuses rateLimitGate %j loudly', (value) => {
    expect(() => createApiFetch({ rateLimitGate: value as never })).toThrow(
      /rateLimitGate must be 'origin', 'path' or false/,
    )
  })
})

describe('two 429s in flight at once, with different waits', () => {
  /** Two routes whose 429 (Retry-After in seconds) is held until the test releases it. */
  const heldRoutes = (waits: Record<string, string>) => {
    const release: Record<string, () => void> = {}
    for (const [path, retryAfter] of Object.entries(waits)) {
      server.routes[path] = (_req, res) => {
        release[path] = () => json(res, 429, { type: 'RateLimited' }, { 'retry-after': retryAfter })
      }
    }
    return release
  }

  it.each([
    ['the longer one answers first: the shorter one does not cut the pause', ['/slow-30', '/slow-1']],
    ['the shorter one answers first: the longer one extends the pause', ['/slow-1', '/slow-30']],
  ])('%s', async (_label, order) => {
    server.hits = []
    const release = heldRoutes({ '/slow-30': '30', '/slow-1': '1' })
    const apiFetch = createApiFetch({ baseUrl: server.base, maxGateWaitMs: 0 })
    const calls = Object.fromEntries(order.map((path) => [path, rejection(apiFetch(path))]))
    // Both reached the server before either answer set a pause.
    await until(() => countOf('/slow-30') === 1 && countOf('/slow-1') === 1)
    for (const path of order) {
      release[path]!()
      expect(await calls[path]).toMatchObject({ type: 'RateLimited', status: 429 })
    }
    const held = await rejection(apiFetch('/save', { method: 'POST', body: '{}' }))
    expect(held).toMatchObject({ type: 'RateLimited', status: 0 })
    expect(held.retryAfterMs).toBeGreaterThan(25_000)
    expect(countOf('/save')).toBe(0)
  })
})
