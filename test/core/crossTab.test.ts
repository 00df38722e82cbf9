// crossTab where the platform cannot share it (this Node has no Web Locks and no localStorage; the
// browser behaviour is proven in real Chromium by crossTab.browser.test.ts), and its option checks.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { createApiFetch, createAuthCoordinator, createCrossTab, isApiError } from '../../src/core/index.js'
import { startTestServer } from './support/server.js'
import type { TestServer } from './support/server.js'

let server: TestServer
beforeAll(async () => {
  server = await startTestServer()
})
afterAll(() => server.close())
afterEach(() => {
  vi.unstubAllGlobals()
})

describe('crossTab without Web Locks or BroadcastChannel: one tab, silently', () => {
  it('runs in a Node without navigator.locks', () => {
    expect((globalThis.navigator as Navigator | undefined)?.locks).toBeUndefined()
  })

  it.each([
    ['no Web Locks (Node)', () => undefined],
    ['no BroadcastChannel either', () => vi.stubGlobal('BroadcastChannel', undefined)],
  ])('%s: concurrent 401s share one refresh, a sign-in resumes, nothing throws', async (_, environment) => {
    environment()
    let calls = 0
    const adopted: unknown[] = []
    const auth = createAuthCoordinator({
      refresh: () => {
        calls += 1
        return `token-${calls}`
      },
      crossTab: createCrossTab({ name: 'fallback' }),
      onRenewedElsewhere: (token) => adopted.push(token),
    })

    expect(await Promise.all(Array.from({ length: 5 }, () => auth.reauthenticate(0)))).toEqual(Array(5).fill(true))
    expect(calls).toBe(1)
    expect(auth.getSnapshot()).toEqual({ status: 'idle', generation: 1 })
    auth.completeSignIn(true)
    expect(auth.generation).toBe(2)
    expect(adopted).toEqual([])
  })

  it('a hung refresh still times out with crossTab', async () => {
    const auth = createAuthCoordinator({
      refresh: () => new Promise(() => {}),
      timeoutMs: 50,
      crossTab: createCrossTab({ name: 'hung' }),
    })
    expect(await auth.reauthenticate(0)).toBe(false)
    expect(auth.getSnapshot().status).toBe('idle')
  })

  it('createApiFetch({ crossTab }) keeps its own rate-limit gate: nothing reaches the server inside the window', async () => {
    server.reset()
    server.routes['/busy'] = (_req, res) =>
      void res
        .writeHead(429, { 'retry-after': '30', 'content-type': 'application/json' })
        .end('{"message":"slow down"}')
    const apiFetch = createApiFetch({
      baseUrl: server.base,
      crossTab: createCrossTab({ name: 'busy' }),
      maxGateWaitMs: 0,
    })

    const first = await apiFetch('/busy').catch((error: unknown) => error)
    const second = await apiFetch('/busy').catch((error: unknown) => error)

    expect(isApiError(first, 'RateLimited') && first.status).toBe(429)
    expect(isApiError(second, 'RateLimited') && second.status).toBe(0)
    expect(server.hits).toHaveLength(1)
  })

  it('a storage that throws on every access (blocked, full) leaves the gate working', async () => {
    // Fault injection: storage as a browser with blocked site data exposes it.
    const refuse = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError')
    }
    vi.stubGlobal('localStorage', { getItem: refuse, setItem: refuse, removeItem: refuse })
    server.reset()
    server.routes['/busy'] = (_req, res) => void res.writeHead(503, { 'retry-after': '30' }).end()
    const apiFetch = createApiFetch({
      baseUrl: server.base,
      crossTab: createCrossTab({ name: 'blocked' }),
      maxGateWaitMs: 0,
    })

    expect(isApiError(await apiFetch('/busy').catch((error: unknown) => error), 'Unavailable')).toBe(true)
    expect(isApiError(await apiFetch('/busy').catch((error: unknown) => error), 'RateLimited')).toBe(true)
    expect(server.hits).toHaveLength(1)
  })
})

describe('createCrossTab, crossTab and onRenewedElsewhere: option checks', () => {
  it.each([[undefined], [null], [{}], [{ name: '' }], [{ name: 42 }], ['my-app']])(
    'createCrossTab refuses %j and says what to pass',
    (options) => {
      expect(() => createCrossTab(options as never)).toThrow(
        /createCrossTab: name must be a non-empty string.*\{ name: 'my-app' \}/,
      )
    },
  )

  it.each([[true], ['yes'], [1], [{}], [{ name: 'my-app' }], [null]])(
    'createAuthCoordinator and createApiFetch refuse crossTab: %j (only what createCrossTab returns)',
    (crossTab) => {
      expect(() => createAuthCoordinator({ crossTab } as never)).toThrow(
        /createAuthCoordinator: crossTab must be what createCrossTab\(\) returns.*createCrossTab\(\{ name: 'my-app' \}\)/,
      )
      expect(() => createApiFetch({ crossTab } as never)).toThrow(
        /createApiFetch: crossTab must be what createCrossTab\(\) returns/,
      )
    },
  )

  it('refuses an onRenewedElsewhere that is not a function, and says what to pass', () => {
    expect(() =>
      createAuthCoordinator({ crossTab: createCrossTab({ name: 'a' }), onRenewedElsewhere: 'token' as never }),
    ).toThrow(/onRenewedElsewhere must be a function.*Pass \(token\) => store\(token\)/)
  })

  it('never quotes a string passed by mistake (it may be a token)', () => {
    expect(() => createAuthCoordinator({ crossTab: 'eyJhbGciOi.secret' as never })).toThrow(/got string/)
    expect(() => createAuthCoordinator({ crossTab: 'eyJhbGciOi.secret' as never })).not.toThrow(/eyJhbGciOi/)
    expect(() => createCrossTab({ name: 7 as never })).not.toThrow(/eyJhbGciOi/)
    expect(() =>
      createAuthCoordinator({
        crossTab: createCrossTab({ name: 'a' }),
        onRenewedElsewhere: 'eyJhbGciOi.secret' as never,
      }),
    ).not.toThrow(/eyJhbGciOi/)
  })

  it('one object, named once, goes to both; leaving it out is off', () => {
    const tabs = createCrossTab({ name: 'my-app' })
    expect(tabs.name).toBe('my-app')
    expect(Object.isFrozen(tabs)).toBe(true)
    for (const crossTab of [tabs, undefined]) {
      expect(() => createAuthCoordinator({ crossTab, onRenewedElsewhere: () => {} })).not.toThrow()
      expect(() => createApiFetch({ crossTab })).not.toThrow()
    }
  })
})
