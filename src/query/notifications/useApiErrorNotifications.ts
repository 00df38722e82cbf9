'use client'
import { useQueryClient } from '@tanstack/react-query'
import type { QueryClient } from '@tanstack/react-query'
import { useMemo, useSyncExternalStore } from 'react'
import { describeWith } from '../../messages/describe/describeApiError.js'
import type { ApiErrorDescription } from '../../messages/index.js'
import { useApiErrorContext, useApiErrorText, useSessionRenewing } from '../../react/index.js'
import { createNotificationStore } from './createNotificationStore.js'
import type { NotificationLine } from './createNotificationStore.js'

/** One notification: the newest error of a type and status, with its words. */
export interface ApiErrorNotification extends NotificationLine {
  /**
   * What to say, in the provider's language (its `messages`, `locale`, `translate` and
   * `showServerMessages`): the same `{ type, severity, title, description, … }` a banner shows,
   * for a toast.
   */
  readonly copy: ApiErrorDescription
}

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
 * while that provider's auth coordinator renews the session. Each comes with its `copy` in the
 * provider's language.
 */
export function useApiErrorNotifications(queryClient?: QueryClient): ApiErrorNotificationsState {
  const client = useQueryClient(queryClient)
  const { claims, showServerMessages } = useApiErrorContext()
  const { text } = useApiErrorText()
  const store = useMemo(() => createNotificationStore(client, claims), [client, claims])
  const all = useSyncExternalStore(store.subscribe, store.getSnapshot, serverSnapshot)
  // The same rule as in place: no "session expired" while the session may still be renewed.
  const renewing = useSessionRenewing()
  const notifications = useMemo(
    () =>
      all
        .filter((line) => !renewing(line.error))
        .map((line): ApiErrorNotification => ({ ...line, copy: describeWith(line.error, text, showServerMessages) })),
    [all, renewing, text, showServerMessages],
  )
  return { notifications, dismiss: store.dismiss }
}
