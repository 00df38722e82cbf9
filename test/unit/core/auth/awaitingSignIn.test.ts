import { describe, expect, it } from 'vitest'
import { authProtocol } from '../../../../src/core/auth/protocol.js'
import { createAuthCoordinator } from '../../../../src/core/index.js'
import type { AuthCoordinator } from '../../../../src/core/index.js'
import { deferred, settled, switchableRefresh } from '../../../core/support/auth.js'

/** What a mounted ReauthDialog does: tell the coordinator someone can sign in. */
const registerSignInPrompt = (auth: AuthCoordinator) => authProtocol(auth)!.registerPrompt()

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Tracks whether a promise has settled, without awaiting it. */
function track<T>(promise: Promise<T>) {
  const state: { settled: boolean; value?: T } = { settled: false }
  void promise.then((value) => {
    state.settled = true
    state.value = value
  })
  return state
}

describe('createAuthCoordinator: waiting for the user', () => {
  it('waits in awaiting-sign-in after a failed refresh and resumes everyone on completeSignIn(true)', async () => {
    const auth = createAuthCoordinator({ refresh: () => false })
    registerSignInPrompt(auth)
    const waiters = Array.from({ length: 5 }, () => track(auth.reauthenticate(0)))
    await pause(50)
    expect(auth.getSnapshot()).toEqual({ status: 'awaiting-sign-in', generation: 0 })
    expect(waiters.some((w) => w.settled)).toBe(false)

    // A 401 arriving meanwhile joins the same wait.
    const late = auth.reauthenticate(0)
    auth.completeSignIn(true)
    expect(await settled(late)).toBe(true)
    await pause(0)
    expect(waiters.map((w) => w.value)).toEqual(Array(5).fill(true))
    expect(auth.getSnapshot()).toEqual({ status: 'idle', generation: 1 })
  })

  it('fails everyone on completeSignIn(false)', async () => {
    const auth = createAuthCoordinator({ refresh: () => Promise.reject(new Error('no')) })
    registerSignInPrompt(auth)
    const waiters = Promise.all([auth.reauthenticate(0), auth.reauthenticate(0)])
    await pause(20)
    expect(auth.getSnapshot().status).toBe('awaiting-sign-in')
    auth.completeSignIn(false)
    expect(await settled(waiters)).toEqual([false, false])
    expect(auth.getSnapshot()).toEqual({ status: 'idle', generation: 0 })
  })

  it('goes straight to sign-in without refresh; after a cancel only an explicit call prompts again', async () => {
    const auth = createAuthCoordinator()
    registerSignInPrompt(auth)
    const first = auth.reauthenticate(0)
    expect(auth.getSnapshot().status).toBe('awaiting-sign-in')
    auth.completeSignIn(false)
    expect(await settled(first)).toBe(false)
    // A straggling 401 from the same generation does not reopen the prompt under the user.
    expect(await settled(auth.reauthenticate(0))).toBe(false)
    expect(auth.getSnapshot().status).toBe('idle')
    // The user presses "Sign in" again.
    const explicit = auth.reauthenticate()
    expect(auth.getSnapshot().status).toBe('awaiting-sign-in')
    auth.completeSignIn(true)
    expect(await settled(explicit)).toBe(true)
    expect(auth.generation).toBe(1)
  })

  it('tries refresh again on an explicit reauthenticate() after a failed one', async () => {
    const { auth, refresh } = switchableRefresh()
    expect(await settled(auth.reauthenticate(0))).toBe(false)
    refresh.answer = true
    expect(await settled(auth.reauthenticate())).toBe(true)
    expect(refresh.calls).toBe(2)
  })

  it('waits for the user when the refresh times out and a prompt is mounted', async () => {
    const auth = createAuthCoordinator({ timeoutMs: 50, refresh: () => new Promise(() => {}) })
    registerSignInPrompt(auth)
    const waiter = track(auth.reauthenticate(0))
    await pause(120)
    expect(auth.getSnapshot().status).toBe('awaiting-sign-in')
    expect(waiter.settled).toBe(false)
    auth.completeSignIn(true)
    await pause(0)
    expect(waiter.value).toBe(true)
  })

  it('fails the waiters when the last prompt unmounts while awaiting sign-in', async () => {
    const auth = createAuthCoordinator({ refresh: () => false })
    const unregisterA = registerSignInPrompt(auth)
    const unregisterB = registerSignInPrompt(auth)
    const waiter = track(auth.reauthenticate(0))
    await pause(20)
    unregisterA()
    unregisterA() // twice is harmless: B is still mounted
    await pause(0)
    expect(waiter.settled).toBe(false)
    unregisterB()
    await pause(0)
    expect(waiter).toEqual({ settled: true, value: false })
    expect(auth.getSnapshot().status).toBe('idle')
  })

  it('lets a sign-in finish a refresh still in flight; the refresh answer is then ignored', async () => {
    const slow = deferred<boolean>()
    let calls = 0
    const auth = createAuthCoordinator({
      refresh: () => {
        calls += 1
        return slow.promise
      },
    })
    const waiter = auth.reauthenticate(0)
    auth.completeSignIn(true)
    expect(await settled(waiter)).toBe(true)
    slow.resolve(true)
    await pause(0)
    expect(auth.generation).toBe(1)
    expect(calls).toBe(1)
  })
})

describe('createAuthCoordinator: store for useSyncExternalStore', () => {
  it('returns the same snapshot object until something changes', async () => {
    const auth = createAuthCoordinator({ refresh: async () => 'token' })
    const before = auth.getSnapshot()
    expect(auth.getSnapshot()).toBe(before)
    expect(Object.isFrozen(before)).toBe(true)
    await auth.reauthenticate()
    const after = auth.getSnapshot()
    expect(after).not.toBe(before)
    expect(auth.getSnapshot()).toBe(after)
    expect(after.generation).toBe(1)
  })

  it('stops calling a listener after unsubscribe', async () => {
    const auth = createAuthCoordinator({ refresh: async () => 'token' })
    let calls = 0
    const unsubscribe = auth.subscribe(() => void (calls += 1))
    await auth.reauthenticate()
    expect(calls).toBe(2)
    unsubscribe()
    unsubscribe()
    await auth.reauthenticate()
    expect(calls).toBe(2)
  })
})

describe('createAuthCoordinator: misuse', () => {
  it.each([
    [{ refresh: 'https://auth/refresh' }, /refresh must be a function/],
    [{ timeoutMs: 0 }, /timeoutMs must be a number of milliseconds/],
    [{ timeoutMs: -5 }, /timeoutMs/],
    [{ timeoutMs: Number.NaN }, /timeoutMs/],
    [{ timeoutMs: Number.POSITIVE_INFINITY }, /timeoutMs/],
    [{ timeoutMs: '1000' }, /Leave it out for the default/],
    ['refresh', /needs an object/],
  ])('rejects %o with guidance', (options, message) => {
    expect(() => createAuthCoordinator(options as never)).toThrow(message)
  })

  it('rejects completeSignIn and subscribe calls that cannot be right', () => {
    const auth = createAuthCoordinator()
    expect(() => auth.completeSignIn('yes' as never)).toThrow(/true when the user signed in/)
    expect(() => auth.subscribe(null as never)).toThrow(/needs a function/)
  })

  it('treats a generation that is not a number as the current one', async () => {
    const auth = createAuthCoordinator({ refresh: () => true })
    expect(await auth.reauthenticate('3' as never)).toBe(true)
    expect(auth.generation).toBe(1)
  })
})
