'use client'
import { useContext } from 'react'
import { ErrorOutletContext } from './ErrorOutletContext.js'
import { errorClaims } from './errorClaims.js'
import { useIsomorphicLayoutEffect } from './useIsomorphicLayoutEffect.js'

/**
 * Tells the global outlets that this component shows `error` in place (while `shown` and
 * mounted), so they do not notify it a second time. Claimed before paint; nothing on the server.
 */
export function useClaimError(error: unknown, shown: boolean): void {
  const inOutlet = useContext(ErrorOutletContext)
  const claiming = shown && !inOutlet
  useIsomorphicLayoutEffect(() => (claiming ? errorClaims.claim(error) : undefined), [error, claiming])
}
