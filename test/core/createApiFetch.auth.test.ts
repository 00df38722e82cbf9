import { afterEach, describe, expect, it, vi } from 'vitest'
import { createApiFetch, createAuthCoordinator } from '../../src/core/index.js'
import { json, rejection, serveForFile } from './support/server.js'

// Re-authentication under hostile conditions: hanging token getters and refreshes, and a server
// that refuses even the renewed token.

const server = serveForFile()
afterEach(() => {
  server.reset()
  vi.useRealTimers()
})

describe('createApiFetch: a getAccessToken that never settles', () => {
  it('is bounded by timeoutMs: the call fails with Timeout and nothing is sent', async () => {
    server.routes['/x'] = (_req, res) => json(res, 200, {})
    const apiFetch = createApiFetch({
      baseUrl: server.base,
      timeoutMs: 300,
      getAccessToken: () => new Promise<string>(() => undefined),
    })
    expect(await rejection(apiFetch('/x'))).toMatchObject({ type: 'Timeout', status: 0 })
    expect(server.hits).toHaveLength(0)
  })
})

describe('createApiFetch: the server refuses the refreshed token too', () => {
  it('100 requests after a useless renewal cause a bounded number of refreshes, not one each', async () => {
    // Every token is refused: the account was disabled, or the API rejects this client.
    server.routes['/x'] = (_req, res) => json(res, 401, { error: 'invalid_token', message: 'Token revoked' })
    let token = 0
    let refreshes = 0
    const auth = createAuthCoordinator({
      refresh: () => {
        refreshes += 1
        token += 1
      },
    })
    const apiFetch = createApiFetch({ baseUrl: server.base, auth, getAccessToken: () => `tok-${token}` })
    for (let i = 0; i < 100; i++)
      expect(await rejection(apiFetch('/x'))).toMatchObject({ type: 'Unauthorized', status: 401 })
    expect(refreshes).toBe(1)
    // Only the first request was replayed; the other 99 failed at once.
    expect(server.hits).toHaveLength(101)
    // A sign-in makes the credentials new again: the next 401 refreshes once more.
    auth.completeSignIn(true)
    await rejection(apiFetch('/x'))
    expect(refreshes).toBe(2)
  })

  it('still refreshes again when a renewed token worked and expires later', async () => {
    let accepted = 'tok-1'
    server.routes['/x'] = (req, res) =>
      req.headers.authorization === `Bearer ${accepted}`
        ? json(res, 200, {})
        : json(res, 401, { error: 'invalid_token' })
    let token = 0
    const auth = createAuthCoordinator({ refresh: () => void (token += 1) })
    const apiFetch = createApiFetch({ baseUrl: server.base, auth, getAccessToken: () => `tok-${token}` })
    await apiFetch('/x') // tok-0 refused, refreshed to tok-1, replayed
    accepted = 'tok-2' // tok-1 expires
    await apiFetch('/x')
    expect(token).toBe(2)
  })
})

describe('createAuthCoordinator: a wave ended by completeSignIn while refresh() hangs', () => {
  it('leaves no timer behind', async () => {
    vi.useFakeTimers()
    const auth = createAuthCoordinator({ refresh: () => new Promise(() => undefined), timeoutMs: 10_000 })
    const waiting = auth.reauthenticate(0)
    expect(auth.getSnapshot().status).toBe('refreshing')
    auth.completeSignIn(true)
    expect(await waiting).toBe(true)
    expect(vi.getTimerCount()).toBe(0)
  })
})
