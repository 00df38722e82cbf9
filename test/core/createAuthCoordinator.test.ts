import { createServer } from 'node:http'
import type { Server } from 'node:http'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { ApiError, createAuthCoordinator, readApiError } from '../../src/core/index.js'
import type { AuthSnapshot } from '../../src/core/index.js'
import { deferred, settled, switchableRefresh } from './support/auth.js'
import { close, listen } from './support/server.js'

// A real token endpoint: POST /refresh answers according to `refreshAnswer`.
let server: Server
let base = ''
let refreshAnswer: 'ok' | 'unauthorized' = 'ok'
let refreshHits = 0

beforeAll(async () => {
  server = createServer((req, res) => {
    refreshHits += 1
    if (refreshAnswer === 'ok') {
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ accessToken: `token-${refreshHits}` }))
    } else {
      res
        .writeHead(401, { 'content-type': 'application/json' })
        .end(JSON.stringify({ type: 'Unauthorized', message: 'Refresh token expired' }))
    }
  })
  base = await listen(server)
})

afterAll(() => close(server))

/** Refreshes against the real endpoint, throwing the ApiError it answers with. */
async function refreshFromServer(): Promise<string> {
  const response = await fetch(`${base}/refresh`, { method: 'POST' })
  if (!response.ok) throw await readApiError(response)
  const { accessToken } = (await response.json()) as { accessToken: string }
  return accessToken
}

describe('createAuthCoordinator: single flight', () => {
  it('shares one refresh among concurrent callers and bumps the generation once', async () => {
    refreshHits = 0
    refreshAnswer = 'ok'
    let calls = 0
    const auth = createAuthCoordinator({
      refresh: () => {
        calls += 1
        return refreshFromServer()
      },
    })
    const seen: AuthSnapshot[] = []
    auth.subscribe(() => seen.push(auth.getSnapshot()))

    const results = await Promise.all(Array.from({ length: 10 }, () => auth.reauthenticate(0)))

    expect(results).toEqual(Array(10).fill(true))
    expect(calls).toBe(1)
    expect(refreshHits).toBe(1)
    expect(auth.generation).toBe(1)
    expect(seen.map((s) => s.status)).toEqual(['refreshing', 'idle'])
    expect(auth.getSnapshot()).toEqual({ status: 'idle', generation: 1 })
  })

  it('resolves true at once for a request sent with an older generation', async () => {
    let calls = 0
    const auth = createAuthCoordinator({ refresh: () => void (calls += 1) })
    expect(await auth.reauthenticate(0)).toBe(true)
    expect(auth.generation).toBe(1)
    expect(await auth.reauthenticate(0)).toBe(true)
    expect(calls).toBe(1)
    expect(auth.getSnapshot().status).toBe('idle')
  })

  it('starts a new refresh for the current generation once the previous one is done', async () => {
    let calls = 0
    const auth = createAuthCoordinator({ refresh: async () => `token-${++calls}` })
    expect(await auth.reauthenticate(auth.generation)).toBe(true)
    expect(await auth.reauthenticate(auth.generation)).toBe(true)
    expect(calls).toBe(2)
    expect(auth.generation).toBe(2)
  })

  it('treats a refresh that resolves with nothing or a token as success', async () => {
    const quiet = createAuthCoordinator({ refresh: async () => undefined })
    const withToken = createAuthCoordinator({ refresh: () => 'new-token' })
    expect(await quiet.reauthenticate()).toBe(true)
    expect(await withToken.reauthenticate()).toBe(true)
    expect(quiet.generation + withToken.generation).toBe(2)
  })
})

describe('createAuthCoordinator: failures settle every waiter', () => {
  it.each([
    ['resolves false', () => Promise.resolve(false)],
    ['throws', () => Promise.reject(new Error('refresh endpoint down'))],
    [
      'throws synchronously',
      () => {
        throw new TypeError('bug in refresh')
      },
    ],
    ['throws an ApiError Unauthorized', () => Promise.reject(new ApiError({ type: 'Unauthorized' }))],
  ])('a refresh that %s gives false to all and never refreshes that generation again', async (_label, refresh) => {
    let calls = 0
    const auth = createAuthCoordinator({
      refresh: () => {
        calls += 1
        return refresh()
      },
    })
    const results = await settled(Promise.all(Array.from({ length: 5 }, () => auth.reauthenticate(0))))
    expect(results).toEqual(Array(5).fill(false))
    expect(await settled(auth.reauthenticate(0))).toBe(false)
    expect(calls).toBe(1)
    expect(auth.getSnapshot()).toEqual({ status: 'idle', generation: 0 })
  })

  it('gives false when the real refresh endpoint answers 401', async () => {
    refreshHits = 0
    refreshAnswer = 'unauthorized'
    const auth = createAuthCoordinator({ refresh: refreshFromServer })
    const results = await settled(Promise.all(Array.from({ length: 20 }, () => auth.reauthenticate(0))))
    expect(results.every((ok) => ok === false)).toBe(true)
    expect(refreshHits).toBe(1)
    refreshAnswer = 'ok'
  })

  it('settles every waiter with false when refresh hangs past timeoutMs, and ignores its late answer', async () => {
    vi.useFakeTimers()
    try {
      const hanging = deferred<string>()
      let calls = 0
      const auth = createAuthCoordinator({
        timeoutMs: 300,
        refresh: () => {
          calls += 1
          return hanging.promise
        },
      })
      const outcomes: Array<boolean | 'pending'> = Array(20).fill('pending')
      for (let i = 0; i < 20; i++) void auth.reauthenticate(0).then((ok) => (outcomes[i] = ok))
      expect(auth.getSnapshot().status).toBe('refreshing')
      await vi.advanceTimersByTimeAsync(299)
      expect(outcomes).toEqual(Array(20).fill('pending'))
      await vi.advanceTimersByTimeAsync(2)
      expect(outcomes).toEqual(Array(20).fill(false))
      expect(calls).toBe(1)
      hanging.resolve('too-late')
      await vi.advanceTimersByTimeAsync(10)
      expect(auth.getSnapshot()).toEqual({ status: 'idle', generation: 0 })
    } finally {
      vi.useRealTimers()
    }
  })

  it('fails at once, without refreshing, when there is no refresh and no sign-in prompt', async () => {
    const auth = createAuthCoordinator()
    const seen: string[] = []
    auth.subscribe(() => seen.push(auth.getSnapshot().status))
    expect(await settled(auth.reauthenticate(0))).toBe(false)
    expect(seen).toEqual([])
  })

  it('refreshes again after the user signed in elsewhere (completeSignIn(true) while idle)', async () => {
    const { auth, refresh } = switchableRefresh()
    expect(await settled(auth.reauthenticate(0))).toBe(false)
    auth.completeSignIn(true)
    expect(auth.generation).toBe(1)
    refresh.answer = true
    expect(await settled(auth.reauthenticate(1))).toBe(true)
    expect(refresh.calls).toBe(2)
    expect(auth.generation).toBe(2)
  })

  it('a listener that starts a renewal as the status turns idle never orphans the wave that just ended', async () => {
    let calls = 0
    const auth = createAuthCoordinator({ refresh: () => (calls += 1) === 1 })
    let restarted: Promise<boolean> | undefined
    auth.subscribe(() => {
      // An app that reauthenticates whenever the coordinator goes idle (a re-entrant listener).
      if (auth.getSnapshot().status === 'idle' && !restarted) restarted = auth.reauthenticate()
    })
    const waiters = Array.from({ length: 3 }, () => auth.reauthenticate(0))
    const outcome = await Promise.race([
      Promise.all(waiters),
      new Promise((resolve) => setTimeout(() => resolve('still pending after 1 s'), 1000)),
    ])
    expect(outcome).toEqual([true, true, true])
    // The listener's own renewal is a wave of its own, settled by its own refresh (the second fails).
    expect(await restarted).toBe(false)
    expect(calls).toBe(2)
  })
})
