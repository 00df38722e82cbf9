import { misuse } from '../shared/options.js'
import type { AuthCoordinator } from './types.js'

/** The `auth` option of `caller` checked the one way every factory checks it: absent, or a coordinator. */
export function authOption(caller: string, value: unknown): AuthCoordinator | undefined {
  if (value === undefined) return undefined
  const auth = value as Partial<AuthCoordinator> | null
  const ok =
    typeof auth === 'object' &&
    auth !== null &&
    typeof auth.reauthenticate === 'function' &&
    typeof auth.subscribe === 'function' &&
    typeof auth.getSnapshot === 'function' &&
    typeof auth.generation === 'number'
  if (!ok)
    misuse(
      caller,
      'auth must be an auth coordinator',
      value,
      __DEV__ && 'Pass the object createAuthCoordinator() returns, or leave it out.',
    )
  return auth as AuthCoordinator
}
