import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { createApiFetch, createAuthCoordinator } from '../../src/core/index.js'
import type { FetchImplementation } from '../../src/core/index.js'
import { json, rejection, serveForFile, startTestServer } from './support/server.js'
import type { TestServer } from './support/server.js'

// The bearer token goes only to the API it belongs to: baseUrl's origin (or the page's), and allowedOrigins.

const api = serveForFile()
let foreign: TestServer
beforeAll(async () => {
  foreign = await startTestServer()
})
afterAll(() => foreign.close())
afterEach(() => {
  api.reset()
  foreign.reset()
  vi.unstubAllGlobals()
})

const ok = (server: TestServer) => (server.routes['/x'] = (_req, res) => json(res, 200, {}))
const expired = (server: TestServer) =>
  (server.routes['/x'] = (_req, res) => json(res, 401, { error: 'invalid_token' }))

/** A fetch that records the Authorization header of each request it is given (hosts nobody may reach). */
function recordingFetch() {
  const sent: { url: string; authorization: string | null }[] = []
  const fetch: FetchImplementation = (request) => {
    sent.push({ url: request.url, authorization: request.headers.get('authorization') })
    return Promise.resolve(new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } }))
  }
  return { fetch, sent }
}

describe('createApiFetch: where the token goes', () => {
  it("sends it to baseUrl's origin and not to another origin", async () => {
    ok(api)
    ok(foreign)
    const apiFetch = createApiFetch({ baseUrl: api.base, getAccessToken: () => 'tok-1' })
    await apiFetch('/x')
    await apiFetch(`${foreign.base}/x`)
    expect(api.hits.map((hit) => hit.authorization)).toEqual(['Bearer tok-1'])
    expect(foreign.hits.map((hit) => hit.authorization)).toEqual([undefined])
  })

  it('never refreshes or replays for a 401 from a foreign origin', async () => {
    expired(foreign)
    let refreshes = 0
    const auth = createAuthCoordinator({ refresh: () => void (refreshes += 1) })
    const apiFetch = createApiFetch({ baseUrl: api.base, getAccessToken: () => 'tok-1', auth })
    expect(await rejection(apiFetch(`${foreign.base}/x`))).toMatchObject({ type: 'Unauthorized', status: 401 })
    expect(refreshes).toBe(0)
    expect(foreign.hits).toHaveLength(1)
    // Its own API's 401 still re-authenticates.
    expired(api)
    await rejection(apiFetch('/x'))
    expect(refreshes).toBe(1)
  })

  it('judges a 401 by the origin that answered: one reached through a redirect is foreign', async () => {
    // The API redirects to a file host that wants its own credentials; fetch drops Authorization there.
    api.routes['/download'] = (_req, res) => res.writeHead(302, { location: `${foreign.base}/x` }).end()
    expired(foreign)
    let refreshes = 0
    const auth = createAuthCoordinator({ refresh: () => void (refreshes += 1) })
    const apiFetch = createApiFetch({ baseUrl: api.base, getAccessToken: () => 'tok-1', auth })
    for (let i = 0; i < 2; i++)
      expect(await rejection(apiFetch('/download'))).toMatchObject({ type: 'Unauthorized', status: 401 })
    expect(refreshes).toBe(0)
    expect(api.hits).toHaveLength(2)
    expect(foreign.hits.map((hit) => hit.authorization)).toEqual([undefined, undefined])
    // The session was not marked refused: the API's own expiry still refreshes and replays.
    api.routes['/x'] = (req, res) =>
      req.headers.authorization === 'Bearer tok-2' ? json(res, 200, {}) : json(res, 401, { error: 'invalid_token' })
    const renewing = createApiFetch({ baseUrl: api.base, getAccessToken: () => `tok-${refreshes + 1}`, auth })
    expect((await renewing('/x')).status).toBe(200)
    expect(refreshes).toBe(1)
  })

  it('sends it to allowedOrigins too, and re-authenticates their 401s', async () => {
    expired(foreign)
    let refreshes = 0
    const auth = createAuthCoordinator({ refresh: () => void (refreshes += 1) })
    const apiFetch = createApiFetch({
      baseUrl: api.base,
      allowedOrigins: [foreign.base],
      getAccessToken: () => 'tok-1',
      auth,
    })
    await rejection(apiFetch(`${foreign.base}/x`))
    expect(foreign.hits.map((hit) => hit.authorization)).toEqual(['Bearer tok-1', 'Bearer tok-1'])
    expect(refreshes).toBe(1)
  })

  it("without baseUrl, trusts the page's origin only", async () => {
    ok(api)
    ok(foreign)
    vi.stubGlobal('location', { origin: api.base })
    const apiFetch = createApiFetch({ getAccessToken: () => 'tok-1' })
    await apiFetch(`${api.base}/x`)
    await apiFetch(`${foreign.base}/x`)
    expect(api.hits.map((hit) => hit.authorization)).toEqual(['Bearer tok-1'])
    expect(foreign.hits.map((hit) => hit.authorization)).toEqual([undefined])
  })

  it('without baseUrl on a server (no page), sends it nowhere unless allowed', async () => {
    ok(api)
    await createApiFetch({ getAccessToken: () => 'tok-1' })(`${api.base}/x`)
    await createApiFetch({ getAccessToken: () => 'tok-1', allowedOrigins: [api.base] })(`${api.base}/x`)
    expect(api.hits.map((hit) => hit.authorization)).toEqual([undefined, 'Bearer tok-1'])
  })

  it('never over plain http: except to loopback', async () => {
    const { fetch, sent } = recordingFetch()
    const apiFetch = createApiFetch({
      baseUrl: 'https://api.example.test',
      fetch,
      getAccessToken: () => 'tok-1',
      allowedOrigins: ['http://localhost:8080', 'http://127.8.9.10', 'http://[::1]:3000'],
    })
    for (const url of [
      '/x',
      'http://api.example.test/x',
      'https://attacker.example/x',
      'http://localhost:8080/x',
      'http://127.8.9.10/x',
      'http://[::1]:3000/x',
    ])
      await apiFetch(url)
    expect(sent.map((request) => request.authorization)).toEqual([
      'Bearer tok-1',
      null,
      null,
      'Bearer tok-1',
      'Bearer tok-1',
      'Bearer tok-1',
    ])
  })

  it.each([
    [
      'an http: baseUrl with a token',
      { baseUrl: 'http://api.example.test', getAccessToken: () => 't' },
      /never sent over plain http/,
    ],
    [
      'an http: allowed origin',
      { allowedOrigins: ['http://files.example.test'] },
      /allowedOrigins\[0\] must be an origin/,
    ],
    [
      'an origin with a path',
      { allowedOrigins: ['https://files.example.test/v1'] },
      /allowedOrigins\[0\] must be an origin/,
    ],
    ['a wildcard', { allowedOrigins: ['https://*.example.test'] }, /allowedOrigins\[0\] must be an origin/],
    [
      'a string instead of an array',
      { allowedOrigins: 'https://files.example.test' },
      /allowedOrigins must be an array/,
    ],
    ['an invalid baseUrl', { baseUrl: 'https://exa mple.test' }, /baseUrl must be a valid URL/],
  ])('refuses %s loudly', (_name, options, message) => {
    expect(() => createApiFetch(options as never)).toThrow(message)
  })

  it('accepts an http: baseUrl without a token (nothing secret travels)', async () => {
    const { fetch, sent } = recordingFetch()
    await createApiFetch({ baseUrl: 'http://api.example.test', fetch })('/x')
    expect(sent).toEqual([{ url: 'http://api.example.test/x', authorization: null }])
  })
})
