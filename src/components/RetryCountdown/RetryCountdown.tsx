'use client'
import type { HTMLAttributes } from 'react'
import { useApiErrorText, useRetryCountdown } from '../../react/index.js'
import { cx } from '../parts/cx.js'
import { visuallyHidden } from '../parts/visuallyHidden.js'

export interface RetryCountdownProps extends HTMLAttributes<HTMLSpanElement> {
  error: unknown
  /** Called once at zero when the wait is short enough (see `maxRetryAfterMs`). */
  onRetry?: () => void
  maxRetryAfterMs?: number
  /**
   * Announce the wait to assistive technology, once (default true). Pass false inside a region that
   * is already live, such as `ErrorBanner`, so it is not announced twice.
   */
  announce?: boolean
}

/**
 * "Retrying in 5 s", updated every second for the eye; assistive technology hears the wait once,
 * when it starts, and never a tick.
 */
export function RetryCountdown({
  error,
  onRetry,
  maxRetryAfterMs,
  announce = true,
  className,
  ...rest
}: RetryCountdownProps) {
  const { delayMs, secondsLeft, active, willRetry } = useRetryCountdown(error, { onRetry, maxRetryAfterMs })
  const { text, lang, dir } = useApiErrorText()
  // A wait too long to retry by itself is a wait, not a promise: the copy says so.
  const announcement = text(willRetry ? 'retryAnnouncement' : 'retryWaitAnnouncement', {
    seconds: Math.ceil(delayMs / 1000),
  })
  if (!active) return null
  return (
    <span lang={lang} dir={dir} className={cx('rae-countdown', className)} {...rest}>
      <span aria-hidden="true">{text(willRetry ? 'retryCountdown' : 'retryWait', { seconds: secondsLeft })}</span>
      <span className="rae-visually-hidden" style={visuallyHidden} role={announce ? 'status' : undefined}>
        {announcement}
      </span>
    </span>
  )
}
