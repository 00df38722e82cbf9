'use client'
import { useContext } from 'react'
import { ErrorOutletContext } from './ErrorOutletContext.js'
import { ApiErrorContext } from './ApiErrorContext.js'
import { useIsomorphicLayoutEffect } from './useIsomorphicLayoutEffect.js'

/**
 * Tells the global outlets of this app (its `ApiErrorProvider`'s registry) that this component
 * shows `error` in place (while `shown` and mounted), so they do not notify it a second time.
 * Claimed before paint; nothing on the server, nothing without a provider.
 */
export function useClaimError(error: unknown, shown: boolean): void {
  const inOutlet = useContext(ErrorOutletContext)
  const { claims } = useContext(ApiErrorContext)
  const claiming = shown && !inOutlet && claims !== undefined
  useIsomorphicLayoutEffect(() => (claiming ? claims!.claim(error) : undefined), [error, claiming, claims])
}
