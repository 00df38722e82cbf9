'use client'
import { useQueryClient } from '@tanstack/react-query'
import type { QueryClient } from '@tanstack/react-query'
import { useEffect, useId, useMemo, useSyncExternalStore } from 'react'
import type { HTMLAttributes } from 'react'
import { useApiErrorText } from '../../react/index.js'
import { cx } from '../../components/parts/cx.js'
import { SeverityIcon } from '../../components/parts/SeverityIcon.js'
import { SeverityLabel } from '../../components/parts/SeverityLabel.js'
import { createOfflineStore, ONLINE } from './createOfflineStore.js'

export interface OfflineBannerProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children' | 'role'> {
  /** Defaults to the client from `QueryClientProvider`. */
  queryClient?: QueryClient
}

const serverSnapshot = () => ONLINE
/** How long "back online" stays on screen after it was announced. */
const RESTORED_VISIBLE_MS = 8000

/**
 * Says the app is offline — TanStack's `onlineManager` says so, or a request failed with Network
 * and none has reached the API since — and how many changes wait to be sent; once back online,
 * says once that they were sent. Mount it once, inside `QueryClientProvider`: while it is
 * mounted, `ApiErrorNotifications` leaves lost connections to it.
 */
export function OfflineBanner({ queryClient, className, ...rest }: OfflineBannerProps) {
  const client = useQueryClient(queryClient)
  const store = useMemo(() => createOfflineStore(client), [client])
  const state = useSyncExternalStore(store.subscribe, store.getSnapshot, serverSnapshot)
  const { text, lang, dir } = useApiErrorText()
  const titleId = useId()
  useEffect(() => {
    if (!state.restored) return
    const timer = setTimeout(store.clearRestored, RESTORED_VISIBLE_MS)
    return () => clearTimeout(timer)
  }, [state.restored, store])
  const severity = state.offline ? 'warning' : 'info'
  const shown = state.offline || state.restored
  // The live region stays in the page, so what appears in it is announced.
  return (
    <div
      {...rest}
      role="status"
      aria-labelledby={shown ? titleId : undefined}
      lang={lang}
      dir={dir}
      className={cx('rae-offline', className)}
    >
      {shown && (
        <div className={cx('rae-banner', `rae-banner--${severity}`)} data-severity={severity}>
          <SeverityIcon severity={severity} />
          <div className="rae-banner__body">
            <p className="rae-banner__title" id={titleId}>
              <SeverityLabel severity={severity} className="rae-banner__severity" />
              {state.offline ? text('offline.title') : text('offline.restored')}
            </p>
            {state.offline && <p className="rae-banner__description">{text('offline.description')}</p>}
            {state.offline && state.pending > 0 && (
              <p className="rae-offline__pending">{text('offline.pending', { count: state.pending })}</p>
            )}
          </div>
        </div>
      )}
    </div>
  )
}
