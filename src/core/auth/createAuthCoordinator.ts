import { createCrossTabRenewal } from '../tabs/createCrossTabRenewal.js'
import { crossTabName } from '../tabs/crossTabName.js'
import type { CrossTabOption } from '../tabs/crossTabName.js'
import { functionOption, misuse, numberOption } from '../shared/options.js'

/** `idle`: nothing to do; `refreshing`: one `refresh()` is running; `awaiting-sign-in`: the user must sign in. */
export type AuthStatus = 'idle' | 'refreshing' | 'awaiting-sign-in'

/** What React reads through `useSyncExternalStore`: the same object until something changes. */
export interface AuthSnapshot {
  readonly status: AuthStatus
  /** How many times the credentials were renewed (refresh or sign-in). */
  readonly generation: number
}

/**
 * Renews the credentials once. Resolving with a new token, `true` or nothing means success (store
 * the token where your `getAccessToken` reads it; the coordinator keeps no token); resolving
 * `false` or throwing (an `ApiError` Unauthorized from the refresh endpoint, a network failure)
 * means failure.
 */
export type AuthRefresh = () => unknown

export interface AuthCoordinatorOptions {
  /** How to renew the session without the user. Without it, a 401 goes straight to sign-in. */
  refresh?: AuthRefresh
  /** A refresh still running after this is a failure (waiting for another tab's lock included). Default 10 000 ms. */
  timeoutMs?: number
  /**
   * Share one renewal with every tab of the origin that uses the same name (`true` is the name
   * `default`): `refresh()` runs in one tab at a time, and the others learn when it succeeded or
   * the user signed in. Without Web Locks or BroadcastChannel, the coordinator acts for this tab only.
   */
  crossTab?: CrossTabOption
  /**
   * Another tab's `refresh()` succeeded with `result` (what your `refresh` returned there, such as
   * the new access token): store it where `getAccessToken` reads it. Without it, this tab runs its
   * own `refresh()` after the other tab's has finished. Only called with `crossTab`.
   */
  onRenewedElsewhere?: (result: unknown) => void
}

export interface AuthCoordinator {
  /**
   * Call after a 401, with the `generation` read before the request was sent. Resolves `true` when
   * the request may be replayed (once) with the renewed credentials, `false` when it must fail.
   * Concurrent calls share one `refresh()`; a request sent before the latest renewal resolves
   * `true` at once; once a generation's renewal failed (refresh failed, sign-in cancelled), its
   * later 401s resolve `false` at once instead of refreshing or prompting again. Called without a
   * generation (a "Sign in" button), it always starts a new attempt. Never rejects.
   */
  reauthenticate(generation?: number): Promise<boolean>
  /**
   * A request replayed with the credentials of `generation` was refused again (401): the renewal
   * did not help, so later 401s of that generation fail at once instead of refreshing once per
   * request, until a sign-in or an explicit `reauthenticate()`. `createApiFetch` calls it for you.
   */
  renewalRefused(generation: number): void
  /** Incremented by each successful refresh or sign-in. */
  readonly generation: number
  /**
   * The user finished signing in (`true`) or gave up (`false`). Resumes the requests waiting for
   * it. Also call it with `true` from your own sign-in page: it tells the coordinator the
   * credentials are new again after a failed refresh.
   */
  completeSignIn(ok: boolean): void
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void
  getSnapshot(): AuthSnapshot
  /**
   * A mounted sign-in prompt (such as `ReauthDialog`) announces itself: while one is registered,
   * a failed refresh waits for the user (`awaiting-sign-in`) instead of failing the requests.
   * Returns the function that unregisters it.
   */
  registerSignInPrompt(): () => void
}

const CALLER = 'createAuthCoordinator'

function normalizeAuthOptions(options: AuthCoordinatorOptions | undefined) {
  if (options === undefined || options === null) options = {}
  if (typeof options !== 'object')
    misuse(CALLER, 'needs an object such as { refresh }', options, 'Or call it with nothing.')
  const { refresh, onRenewedElsewhere } = options
  functionOption(CALLER, 'refresh', refresh, 'Pass () => renewToken(), or leave it out to go straight to sign-in.')
  const crossTab = crossTabName(CALLER, options.crossTab)
  functionOption(CALLER, 'onRenewedElsewhere', onRenewedElsewhere, 'Pass (token) => store(token).')
  return {
    refresh,
    timeoutMs: numberOption(CALLER, 'timeoutMs', options.timeoutMs, 10_000, 1),
    crossTab,
    onRenewedElsewhere,
  }
}

/**
 * Single-flight re-authentication shared by every request of an app. One `refresh()` per wave of
 * 401s; a refresh that fails, throws or hangs past `timeoutMs` settles every waiter with `false`
 * (or, when a sign-in prompt is registered, waits for `completeSignIn`). A generation whose
 * renewal failed is not retried by later 401s (no refresh storms, no prompt reopening under a
 * user who just cancelled) until a sign-in or an explicit `reauthenticate()`.
 */
export function createAuthCoordinator(options?: AuthCoordinatorOptions): AuthCoordinator {
  const { refresh, timeoutMs, crossTab, onRenewedElsewhere } = normalizeAuthOptions(options)
  const listeners = new Set<() => void>()
  let snapshot: AuthSnapshot = Object.freeze({ status: 'idle', generation: 0 })
  /** The renewal in progress (a "wave"): every 401 of the current generation waits for it. */
  let wave: Promise<boolean> | undefined
  let settleWave: (ok: boolean) => void = () => undefined
  /** The current wave's refresh timeout: cleared however the wave ends, so no timer outlives it. */
  let waveTimer: ReturnType<typeof setTimeout> | undefined
  /** The generation whose renewal failed: its later 401s fail at once. */
  let failedGeneration = -1
  /** How many sign-in prompts are mounted. */
  let prompts = 0

  const update = (status: AuthStatus, generation = snapshot.generation) => {
    if (status === snapshot.status && generation === snapshot.generation) return
    snapshot = Object.freeze({ status, generation })
    for (const listener of [...listeners]) {
      try {
        listener()
      } catch (error) {
        // One broken listener must not leave the others (or the waiting requests) behind.
        queueMicrotask(() => {
          throw error
        })
      }
    }
  }

  /** Ends the current wave: `true` renews the generation, `false` marks it as failed. */
  const finish = (ok: boolean) => {
    if (!wave) return
    wave = undefined
    clearTimeout(waveTimer)
    if (!ok) failedGeneration = snapshot.generation
    update('idle', ok ? snapshot.generation + 1 : snapshot.generation)
    settleWave(ok)
  }

  /** The session could not be renewed without the user: ask them when someone can, else give up. */
  const refreshFailed = () => (prompts > 0 ? update('awaiting-sign-in') : finish(false))

  const startWave = (): Promise<boolean> => {
    const current = (wave = new Promise<boolean>((resolve) => (settleWave = resolve)))
    if (!refresh) refreshFailed()
    else runRefresh(refresh, current)
    return current
  }

  /** Runs `refresh` (through the other tabs' lock with `crossTab`) for the wave `current`. */
  const runRefresh = (refresh: AuthRefresh, current: Promise<boolean>) => {
    update('refreshing')
    const done = (ok: boolean) => {
      // A late answer from a refresh that timed out, or a wave already ended by completeSignIn, is ignored.
      if (wave !== current) return
      clearTimeout(waveTimer)
      if (snapshot.status !== 'refreshing') return
      if (ok) finish(true)
      else refreshFailed()
    }
    waveTimer = setTimeout(() => done(false), timeoutMs)
    Promise.resolve()
      .then(() => (tabs ? tabs.renew(refresh, timeoutMs) : refresh()))
      .then(
        (result) => result !== false,
        () => false,
      )
      .then(done)
  }

  /** The session is new elsewhere: the waiting requests replay, and so do 401s of older requests. */
  const renewedElsewhere = () => (wave ? finish(true) : update('idle', snapshot.generation + 1))
  const adopt = (result: unknown) => {
    try {
      onRenewedElsewhere?.(result)
    } finally {
      renewedElsewhere()
    }
  }
  // A tab waiting for the user fetches its own credentials from the new session (one tab at a time,
  // so the others adopt them); a tab already refreshing carries on.
  const signedIn = () => {
    if (snapshot.status === 'awaiting-sign-in' && refresh && wave) runRefresh(refresh, wave)
    else if (snapshot.status !== 'refreshing') renewedElsewhere()
  }
  const tabs =
    crossTab === undefined
      ? undefined
      : createCrossTabRenewal(crossTab, { renewed: onRenewedElsewhere && adopt, signedIn })

  return {
    reauthenticate(generation) {
      const automatic = typeof generation === 'number'
      if (automatic && generation < snapshot.generation) return Promise.resolve(true)
      if (wave) return wave
      if (automatic && failedGeneration === snapshot.generation) return Promise.resolve(false)
      return startWave()
    },
    renewalRefused(generation) {
      if (generation === snapshot.generation) failedGeneration = generation
    },
    get generation() {
      return snapshot.generation
    },
    completeSignIn(ok) {
      if (typeof ok !== 'boolean')
        misuse(
          'completeSignIn',
          'ok must be a boolean',
          ok,
          'Pass true when the user signed in, false when they gave up.',
        )
      if (wave) finish(ok)
      else if (ok) update('idle', snapshot.generation + 1)
      if (ok) tabs?.signedIn()
    },
    subscribe(listener) {
      functionOption('subscribe', 'listener', listener, 'It needs a function to call after each change.', true)
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
    getSnapshot() {
      return snapshot
    },
    registerSignInPrompt() {
      prompts += 1
      let registered = true
      return () => {
        if (!registered) return
        registered = false
        prompts -= 1
        // Nobody is left to sign in: the waiting requests fail instead of hanging.
        if (prompts === 0 && snapshot.status === 'awaiting-sign-in') finish(false)
      }
    },
  }
}
