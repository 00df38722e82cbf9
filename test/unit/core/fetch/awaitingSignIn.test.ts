// createApiFetch while the coordinator waits for the user: the prompt registers itself through the
// coordinator's internal protocol, as ReauthDialog does.
import { beforeEach, describe, expect, it } from 'vitest'
import { authProtocol } from '../../../../src/core/auth/protocol.js'
import { createApiFetch, createAuthCoordinator, isApiError, readApiError } from '../../../../src/core/index.js'
import type { AuthCoordinator } from '../../../../src/core/index.js'
import { json, pause, serveForFile, until } from '../../../core/support/server.js'

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

/** What a mounted ReauthDialog does: tell the coordinator someone can sign in. */
const registerSignInPrompt = (auth: AuthCoordinator) => authProtocol(auth)!.registerPrompt()

beforeEach(() => {
  server.reset()
  refreshCount = 0
  validToken = 'fresh-1'
  authRoutes()
})

describe('createApiFetch while a sign-in prompt is mounted', () => {
  it('waits for the sign-in prompt and replays every request after completeSignIn(true)', async () => {
    server.routes['/refresh'] = (_req, res) => json(res, 401, { type: 'Unauthorized' })
    const { store, refresh } = session()
    const auth = createAuthCoordinator({ refresh })
    registerSignInPrompt(auth)
    const apiFetch = createApiFetch({ baseUrl: server.base, getAccessToken: () => store.token, auth })
    const awaiting = new Promise<void>((resolve) => {
      auth.subscribe(() => auth.getSnapshot().status === 'awaiting-sign-in' && resolve())
    })

    let settled = false
    const pending = Promise.all(Array.from({ length: 5 }, (_, i) => apiFetch(`/me?call=${i}`))).finally(
      () => (settled = true),
    )
    await awaiting
    await until(() => server.hits.filter((h) => h.path === '/me').length === 5)
    await pause(50)
    expect(settled).toBe(false)

    // The user signs in through the dialog.
    store.token = validToken
    auth.completeSignIn(true)
    const responses = await pending
    expect(responses.map((r) => r.status)).toEqual(Array(5).fill(200))
    expect([...hitsPerCall().values()]).toEqual(Array(5).fill(2))
  })

  it('fails the waiting requests with Unauthorized after completeSignIn(false)', async () => {
    const auth = createAuthCoordinator() // no refresh: straight to the prompt
    registerSignInPrompt(auth)
    const apiFetch = createApiFetch({ baseUrl: server.base, getAccessToken: () => 'expired', auth })
    const awaiting = new Promise<void>((resolve) => {
      auth.subscribe(() => auth.getSnapshot().status === 'awaiting-sign-in' && resolve())
    })
    const pending = Promise.allSettled([apiFetch('/me?call=a'), apiFetch('/me?call=b')])
    await awaiting
    auth.completeSignIn(false)
    const results = await pending
    expect(results.every((r) => r.status === 'rejected' && isApiError(r.reason, 'Unauthorized'))).toBe(true)
    expect([...hitsPerCall().values()]).toEqual([1, 1])
  })
})
