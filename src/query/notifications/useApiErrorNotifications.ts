'use client'
import { useQueryClient } from '@tanstack/react-query'
import type { QueryClient } from '@tanstack/react-query'
import { useMemo, useSyncExternalStore } from 'react'
import { useApiErrorContext } from '../../react/index.js'
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
 * leaving out what a component of the same `ApiErrorProvider` already shows in place.
 */
export function useApiErrorNotifications(queryClient?: QueryClient): ApiErrorNotificationsState {
  const client = useQueryClient(queryClient)
  const { claims } = useApiErrorContext()
  const store = useMemo(() => createNotificationStore(client, claims), [client, claims])
  const notifications = useSyncExternalStore(store.subscribe, store.getSnapshot, serverSnapshot)
  return { notifications, dismiss: store.dismiss }
}
