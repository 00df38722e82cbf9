'use client'
import { useCallback, useContext, useEffect, useSyncExternalStore } from 'react'
import type { AuthCoordinator, AuthStatus } from '../core/index.js'
import { authProtocol } from '../core/auth/protocol.js'
import { misuse } from '../core/shared/options.js'
import { ApiErrorContext } from './ApiErrorContext.js'

export interface ReauthPromptState {
  /** True while requests wait for the user to sign in again. */
  open: boolean
  status: AuthStatus
  /** Resumes the waiting requests (true) or fails them as Unauthorized (false). */
  complete(ok: boolean): void
}

/**
 * Follows the auth coordinator and tells it a sign-in prompt is mounted, so a failed token
 * refresh waits for the user instead of failing every request.
 */
export function useReauthPrompt(auth?: AuthCoordinator): ReauthPromptState {
  const context = useContext(ApiErrorContext)
  const coordinator = auth ?? context.auth
  if (!coordinator) {
    misuse(
      'useReauthPrompt',
      'needs an auth coordinator',
      coordinator,
      __DEV__ && 'Pass <ApiErrorProvider auth={createAuthCoordinator(...)}>, or useReauthPrompt(auth).',
    )
  }
  const snapshot = useSyncExternalStore(coordinator.subscribe, coordinator.getSnapshot, coordinator.getSnapshot)
  useEffect(() => authProtocol(coordinator)?.registerPrompt(), [coordinator])
  const complete = useCallback((ok: boolean) => coordinator.completeSignIn(ok), [coordinator])
  return { open: snapshot.status === 'awaiting-sign-in', status: snapshot.status, complete }
}
