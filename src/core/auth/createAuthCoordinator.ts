import { functionOption, misuse, numberOption } from '../shared/options.js'
import { crossTabOption } from '../tabs/crossTabOption.js'
import { AUTH_PROTOCOL } from './protocol.js'
import type { AuthProtocol } from './protocol.js'
import { initialAuthState, reduceAuth } from './reduceAuth.js'
import type { AuthAction, AuthState, Wave } from './reduceAuth.js'
import type { AuthCoordinator, AuthCoordinatorOptions, AuthSnapshot } from './types.js'

const CALLER = 'createAuthCoordinator'

function normalizeAuthOptions(options: AuthCoordinatorOptions | undefined) {
  if (options === undefined || options === null) options = {}
  if (typeof options !== 'object')
    misuse(CALLER, 'needs an object such as { refresh }', options, __DEV__ && 'Or call it with nothing.')
  const { refresh, onRenewedElsewhere } = options
  functionOption(
    CALLER,
    'refresh',
    refresh,
    __DEV__ && 'Pass () => renewToken(), or leave it out to go straight to sign-in.',
  )
  functionOption(CALLER, 'onRenewedElsewhere', onRenewedElsewhere, __DEV__ && 'Pass (token) => store(token).')
  return {
    refresh,
    timeoutMs: numberOption(CALLER, 'timeoutMs', options.timeoutMs, 10_000, 1),
    tabs: crossTabOption(CALLER, options.crossTab),
    onRenewedElsewhere,
  }
}

function createWave(): Wave {
  let settle: (ok: boolean) => void = () => undefined
  const promise = new Promise<boolean>((resolve) => (settle = resolve))
  return { promise, settle }
}

/**
 * Single-flight re-authentication shared by every request of an app. One `refresh()` per wave of
 * 401s; a refresh that fails, throws or hangs past `timeoutMs` settles every waiter with `false`
 * (or, while a sign-in prompt is mounted, waits for `completeSignIn`). A generation whose renewal
 * failed is not retried by later 401s (no refresh storms, no prompt reopening under a user who
 * just cancelled) until a sign-in or an explicit `reauthenticate()`. Its states and transitions
 * are `reduceAuth`'s; this function runs their effects.
 */
export function createAuthCoordinator(options?: AuthCoordinatorOptions): AuthCoordinator {
  const { refresh, timeoutMs, tabs: crossTab, onRenewedElsewhere } = normalizeAuthOptions(options)
  const listeners = new Set<() => void>()
  let state: AuthState = initialAuthState
  let snapshot: AuthSnapshot = Object.freeze({ status: state.status, generation: state.generation })

  const dispatch = (action: AuthAction) => {
    const before = state
    state = reduceAuth(state, action, refresh !== undefined)
    // Each wave that is over is settled by itself, before anyone hears of the change: a listener
    // that starts a new wave can never take an old wave's waiters with it.
    const renewed = state.generation > before.generation
    for (const wave of [before.wave, 'wave' in action ? action.wave : undefined]) {
      if (wave && wave !== state.wave) {
        clearTimeout(wave.timer)
        wave.settle(renewed)
      }
    }
    if (state.status === 'refreshing' && before.status !== 'refreshing') runRefresh(state.wave!)
    if (state.status !== before.status || state.generation !== before.generation) publish()
  }

  const publish = () => {
    snapshot = Object.freeze({ status: state.status, generation: state.generation })
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

  /** Runs `refresh` for `wave` (through the other tabs' lock with `crossTab`), within `timeoutMs`. */
  const runRefresh = (wave: Wave) => {
    clearTimeout(wave.timer)
    wave.timer = setTimeout(() => dispatch({ type: 'refreshFailed', wave }), timeoutMs)
    Promise.resolve()
      .then(() => (tabs ? tabs.renew(refresh!, timeoutMs) : refresh!()))
      .then(
        (result) => result !== false,
        () => false,
      )
      .then((ok) => dispatch({ type: ok ? 'refreshed' : 'refreshFailed', wave }))
  }

  const adopt = (result: unknown) => {
    try {
      onRenewedElsewhere?.(result)
    } finally {
      dispatch({ type: 'renewedElsewhere' })
    }
  }
  const tabs = crossTab?.renewal({
    renewed: onRenewedElsewhere && adopt,
    signedIn: () => dispatch({ type: 'signedInElsewhere' }),
  })

  const protocol: AuthProtocol = {
    refused: (generation) => dispatch({ type: 'refused', generation }),
    registerPrompt() {
      dispatch({ type: 'promptAdded' })
      let registered = true
      return () => {
        if (!registered) return
        registered = false
        dispatch({ type: 'promptRemoved' })
      }
    },
  }

  const coordinator: AuthCoordinator & { [AUTH_PROTOCOL]: AuthProtocol } = {
    reauthenticate(generation) {
      const automatic = typeof generation === 'number'
      if (automatic && generation < state.generation) return Promise.resolve(true)
      if (state.wave) return state.wave.promise
      if (automatic && state.failed === state.generation) return Promise.resolve(false)
      const wave = createWave()
      dispatch({ type: 'start', wave })
      return wave.promise
    },
    get generation() {
      return state.generation
    },
    completeSignIn(ok) {
      if (typeof ok !== 'boolean')
        misuse(
          'completeSignIn',
          'ok must be a boolean',
          ok,
          __DEV__ && 'Pass true when the user signed in, false when they gave up.',
        )
      dispatch({ type: ok ? 'signedIn' : 'signInCancelled' })
      if (ok) tabs?.signedIn()
    },
    subscribe(listener) {
      functionOption(
        'subscribe',
        'listener',
        listener,
        __DEV__ && 'It needs a function to call after each change.',
        true,
      )
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
    getSnapshot: () => snapshot,
    [AUTH_PROTOCOL]: protocol,
  }
  return coordinator
}
