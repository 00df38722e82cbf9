import type { CrossTab } from '../tabs/protocol.js'

/** `idle`: nothing to do; `refreshing`: one `refresh()` is running; `awaiting-sign-in`: the user must sign in. */
export type AuthStatus = 'idle' | 'refreshing' | 'awaiting-sign-in'

/** What React reads through `useSyncExternalStore`: the same object until something changes. */
export interface AuthSnapshot {
  readonly status: AuthStatus
  /** How many renewals (a refresh or a sign-in) gave the app new credentials. */
  readonly generation: number
}

/**
 * Refreshes the credentials once, without the user. Resolving with a new token, `true` or nothing
 * means success (store the token where your `getAccessToken` reads it; the coordinator keeps no
 * token); resolving `false` or throwing (an `ApiError` Unauthorized from the refresh endpoint, a
 * network failure) means failure.
 */
export type AuthRefresh = () => unknown

export interface AuthCoordinatorOptions {
  /** How to refresh the session without the user. Without it, a 401 goes straight to sign-in. */
  refresh?: AuthRefresh
  /** A refresh still running after this is a failure (waiting for another tab's lock included). Default 10 000 ms. */
  timeoutMs?: number
  /**
   * `createCrossTab({ name })`: every tab of the origin that uses the same name shares one renewal:
   * `refresh()` runs in one tab at a time, and the others learn when it succeeded or the user
   * signed in. Pass the same object to `createApiFetch`.
   */
  crossTab?: CrossTab
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
   * Concurrent calls share one renewal; a request sent before the latest renewal resolves `true`
   * at once; once a generation's renewal failed (refresh failed, sign-in cancelled), its later 401s
   * resolve `false` at once instead of refreshing or prompting again. Called without a generation
   * (a "Sign in" button), it always starts a new attempt. Never rejects.
   */
  reauthenticate(generation?: number): Promise<boolean>
  /** Incremented by each renewal: a successful refresh or sign-in. */
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
}
