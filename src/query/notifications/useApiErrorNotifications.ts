'use client'
import { useQueryClient } from '@tanstack/react-query'
import type { QueryClient } from '@tanstack/react-query'
import { useMemo, useSyncExternalStore } from 'react'
import { useApiErrorContext, useSessionRenewing } from '../../react/index.js'
import { createNotificationStore } from './createNotificationStore.js'
import type { ApiErrorNotification } from './createNotificationStore.js'

export interface ApiErrorNotificationsState {
  /** Newest first: the errors nobody shows in place, one per type and status. */
  notifications: readonly ApiErrorNotification[]
  /** Hides one until it fails again. */
  dismiss(key: string): void
}

const NONE: readonly ApiErrorNotification[] = []
const serverSnapshot = () => NONE

/**
 * The state behind `ApiErrorNotifications`, for your own outlet (toasts): background failures of
 * queries that still have data and mutations without an `onError`, one per type and status,
 * leaving out what a component of the same `ApiErrorProvider` already shows in place, and a 401
 * while that provider's auth coordinator renews the session.
 */
export function useApiErrorNotifications(queryClient?: QueryClient): ApiErrorNotificationsState {
  const client = useQueryClient(queryClient)
  const { claims } = useApiErrorContext()
  const store = useMemo(() => createNotificationStore(client, claims), [client, claims])
  const all = useSyncExternalStore(store.subscribe, store.getSnapshot, serverSnapshot)
  // The same rule as in place: no "session expired" while the session may still be renewed.
  const renewing = useSessionRenewing()
  const notifications = useMemo(() => {
    const shown = all.filter((notification) => !renewing(notification.error))
    return shown.length === all.length ? all : shown
  }, [all, renewing])
  return { notifications, dismiss: store.dismiss }
}
