'use client'
import type { QueryClient } from '@tanstack/react-query'
import type { HTMLAttributes } from 'react'
import { ErrorBanner } from '../../components/index.js'
import { ErrorOutletContext } from '../../react/index.js'
import { numberOption } from '../../core/shared/options.js'
import { useApiErrorNotifications } from './useApiErrorNotifications.js'

export interface ApiErrorNotificationsProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children' | 'role'> {
  /** The region's accessible name. Default "Notifications"; pass your own translation. */
  label?: string
  /** How many notifications show at once, newest first. Default 3. */
  max?: number
  /** Defaults to the client from `QueryClientProvider`. */
  queryClient?: QueryClient
}

/**
 * The global outlet for errors nobody shows in place: background refetch failures of queries that
 * still have data, and mutations without an `onError` of their own. Mount it once, inside
 * `QueryClientProvider`. One dismissable banner per error type and status; queries and mutations
 * with `meta: { apiErrors: false }` stay out, and so does an error a mounted component already
 * shows in place (`<ErrorBanner error={mutation.error} />`).
 */
export function ApiErrorNotifications({
  label = 'Notifications',
  max = 3,
  queryClient,
  className,
  ...rest
}: ApiErrorNotificationsProps) {
  const limit = numberOption('ApiErrorNotifications', 'max', max, 3, 1, Infinity, true)
  const { notifications, dismiss } = useApiErrorNotifications(queryClient)
  const visible = notifications.slice(0, limit)
  return (
    <div
      {...rest}
      role="region"
      aria-label={label}
      className={className ? `rae-notifications ${className}` : 'rae-notifications'}
    >
      {visible.length > 0 && (
        // The outlet's own banners do not claim their errors: claims are for errors shown in place.
        <ErrorOutletContext.Provider value={true}>
          <ul className="rae-notifications__list">
            {visible.map((notification) => (
              <li key={notification.key} className="rae-notifications__item">
                <ErrorBanner
                  error={notification.error}
                  onRetry={notification.retry}
                  onDismiss={() => dismiss(notification.key)}
                />
              </li>
            ))}
          </ul>
        </ErrorOutletContext.Provider>
      )}
    </div>
  )
}
