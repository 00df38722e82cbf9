/**
 * The coordinator's side channel for the kit's own parts, under a registered symbol so two copies
 * of the package agree. Apps never call it.
 */
export const AUTH_PROTOCOL = Symbol.for('react-api-errors.auth')

export interface AuthProtocol {
  /**
   * A request replayed with the credentials of `generation` was refused again (401): the renewal
   * did not help, so later 401s of that generation fail at once instead of refreshing once per
   * request, until a sign-in or an explicit `reauthenticate()`. `createApiFetch` calls it.
   */
  refused(generation: number): void
  /**
   * A mounted sign-in prompt (`ReauthDialog`, `useReauthPrompt`) announces itself: while one is
   * registered, a failed refresh waits for the user instead of failing the requests. Returns the
   * function that unregisters it.
   */
  registerPrompt(): () => void
}

/** The protocol of a coordinator made by `createAuthCoordinator`, or `undefined` for anything else. */
export const authProtocol = (auth: unknown): AuthProtocol | undefined =>
  typeof auth === 'object' && auth !== null
    ? ((auth as Record<symbol, AuthProtocol | undefined>)[AUTH_PROTOCOL] ?? undefined)
    : undefined
