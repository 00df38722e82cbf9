'use client'
import { useCallback, useContext, useState, useSyncExternalStore } from 'react'
import type { ApiError, AuthSnapshot } from '../core/index.js'
import { ApiErrorContext } from './ApiErrorContext.js'

const NO_AUTH: AuthSnapshot = Object.freeze({ status: 'idle', generation: 0 })
const subscribeToNothing = () => () => undefined
const noAuth = () => NO_AUTH

/**
 * The one rule for "Your session has expired": an Unauthorized error is not shown while the
 * provider's auth coordinator may still make it go away — a renewal is running (`refreshing`), or
 * one succeeded since the error was first seen (its request is being replayed). It is shown once
 * the renewal failed or waits for the user to sign in. Without a coordinator, always shown.
 * Returns the predicate: true for an error to keep out of sight for now.
 */
export function useSessionRenewing(): (error: ApiError) => boolean {
  const { auth } = useContext(ApiErrorContext)
  const snapshot = useSyncExternalStore(
    auth?.subscribe ?? subscribeToNothing,
    auth?.getSnapshot ?? noAuth,
    auth?.getSnapshot ?? noAuth,
  )
  /** The generation each Unauthorized error was first seen under: a later one means it was renewed since. */
  const [seenUnder] = useState(() => new WeakMap<ApiError, number>())
  return useCallback(
    (error: ApiError) => {
      if (!auth || error.type !== 'Unauthorized') return false
      if (!seenUnder.has(error)) seenUnder.set(error, snapshot.generation)
      return snapshot.status === 'refreshing' || snapshot.generation > seenUnder.get(error)!
    },
    [auth, snapshot, seenUnder],
  )
}
