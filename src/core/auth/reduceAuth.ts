import type { AuthStatus } from './types.js'

/** One renewal in progress: every 401 of its generation waits on `promise`. */
export interface Wave {
  readonly promise: Promise<boolean>
  /** Resolves `promise`: `true` when the credentials were renewed. */
  readonly settle: (ok: boolean) => void
  /** The running refresh's time limit. */
  timer?: ReturnType<typeof setTimeout>
}

export interface AuthState {
  readonly status: AuthStatus
  /** How many renewals gave the app new credentials. */
  readonly generation: number
  /** The generation whose renewal failed (its later 401s fail at once), or -1. */
  readonly failed: number
  /** How many sign-in prompts are mounted: with one, a failed refresh waits for the user. */
  readonly prompts: number
  /** The renewal in progress, if any. */
  readonly wave: Wave | undefined
}

/** What happens to the coordinator; every change of its state is one of these. */
export type AuthAction =
  /** A 401 (or a Sign in button) while no renewal runs. */
  | { type: 'start'; wave: Wave }
  /** The refresh of `wave` succeeded, or failed (threw, resolved false, timed out). */
  | { type: 'refreshed' | 'refreshFailed'; wave: Wave }
  /** completeSignIn(true) here, or another tab's refresh adopted here. */
  | { type: 'signedIn' | 'renewedElsewhere' }
  /** completeSignIn(false). */
  | { type: 'signInCancelled' }
  /** The user signed in in another tab. */
  | { type: 'signedInElsewhere' }
  /** A request replayed with `generation`'s credentials was refused again. */
  | { type: 'refused'; generation: number }
  | { type: 'promptAdded' | 'promptRemoved' }

export const initialAuthState: AuthState = { status: 'idle', generation: 0, failed: -1, prompts: 0, wave: undefined }

const renewed = (state: AuthState): AuthState => ({
  ...state,
  status: 'idle',
  generation: state.generation + 1,
  wave: undefined,
})
const givenUp = (state: AuthState): AuthState => ({
  ...state,
  status: 'idle',
  failed: state.generation,
  wave: undefined,
})
/** The session could not be renewed without the user: ask them when a prompt is mounted, else give up. */
const refreshFailed = (state: AuthState): AuthState =>
  state.prompts > 0 ? { ...state, status: 'awaiting-sign-in' } : givenUp(state)

/**
 * The coordinator's state machine: idle → refreshing → idle (renewed) or awaiting-sign-in (the
 * refresh failed and a prompt is mounted) → idle (signed in, or given up). Pure: the coordinator
 * runs the effects (settling the waves that end, running refresh on entering `refreshing`).
 */
export function reduceAuth(state: AuthState, action: AuthAction, canRefresh: boolean): AuthState {
  switch (action.type) {
    case 'start':
      return canRefresh
        ? { ...state, status: 'refreshing', wave: action.wave }
        : refreshFailed({ ...state, wave: action.wave })
    case 'refreshed':
    case 'refreshFailed':
      // A late answer from a refresh that timed out, or for a wave already over, changes nothing.
      if (state.wave !== action.wave || state.status !== 'refreshing') return state
      return action.type === 'refreshed' ? renewed(state) : refreshFailed(state)
    case 'signedIn':
    case 'renewedElsewhere':
      return renewed(state)
    case 'signInCancelled':
      return state.wave ? givenUp(state) : state
    case 'signedInElsewhere':
      // A tab waiting for the user fetches credentials of the new session (one tab at a time, the
      // others adopt them); a tab already refreshing carries on.
      if (state.status === 'awaiting-sign-in' && canRefresh) return { ...state, status: 'refreshing' }
      return state.status === 'refreshing' ? state : renewed(state)
    case 'refused':
      return action.generation === state.generation ? { ...state, failed: action.generation } : state
    case 'promptAdded':
      return { ...state, prompts: state.prompts + 1 }
    case 'promptRemoved': {
      const next = { ...state, prompts: state.prompts - 1 }
      // Nobody is left to sign in: the waiting requests fail instead of hanging.
      return next.prompts === 0 && next.status === 'awaiting-sign-in' ? givenUp(next) : next
    }
  }
}
