'use client'
import { forwardRef, useId } from 'react'
import type { HTMLAttributes, ReactNode } from 'react'
import { useApiError, useApiErrorText, useClaimError } from '../../react/index.js'
import { cx } from '../parts/cx.js'
import { ErrorAction } from '../parts/ErrorAction.js'
import { RetryCountdown } from '../RetryCountdown/RetryCountdown.js'
import { SeverityIcon } from '../parts/SeverityIcon.js'
import { SeverityLabel } from '../parts/SeverityLabel.js'

export interface ErrorBannerProps extends Omit<HTMLAttributes<HTMLDivElement>, 'title'> {
  /** Anything a request failed with; parsed with `parseApiError`. Nothing renders for null or `Aborted`. */
  error: unknown
  /**
   * Runs the request again, from the Retry action. During a server-given wait the action is held
   * (`aria-disabled`, a press sends nothing) and the wait counts down beside it; the banner never
   * re-sends by itself: TanStack Query does at the end of the wait (`apiErrorQueryDefaults`).
   */
  onRetry?: () => void
  /** Shows a Dismiss button; the banner hides until a new error arrives. */
  onDismiss?: () => void
  /** Replaces the catalog title. */
  title?: ReactNode
  /** Replaces the catalog description. */
  description?: ReactNode
  /** Replaces the default action button. */
  actions?: ReactNode
}

/**
 * The drop-in: title, description and the one action the error calls for. Blocking errors are
 * alerts; errors that recover on their own (rate limits, outages, lost connections) are a status.
 */
export const ErrorBanner = forwardRef<HTMLDivElement, ErrorBannerProps>(function ErrorBanner(
  { error, onRetry, onDismiss, title, description, actions, className, ...rest },
  ref,
) {
  const state = useApiError(error, { onRetry, onDismiss })
  const { text, lang, dir } = useApiErrorText()
  const titleId = useId()
  // Shown here (or dismissed here): the global notifications leave it alone.
  useClaimError(error, error !== null && error !== undefined)
  if (!state.error) return null
  const { severity } = state
  return (
    <div
      ref={ref}
      lang={lang}
      dir={dir}
      role={severity === 'error' ? 'alert' : 'status'}
      aria-labelledby={titleId}
      data-type={state.type ?? undefined}
      data-severity={severity}
      className={cx('rae-banner', `rae-banner--${severity}`, className)}
      {...rest}
    >
      <SeverityIcon severity={severity} />
      <div className="rae-banner__body">
        <p className="rae-banner__title" id={titleId}>
          <SeverityLabel severity={severity} className="rae-banner__severity" />
          {title ?? state.title}
        </p>
        <p className="rae-banner__description">{description ?? state.description}</p>
        {state.detail && <p className="rae-banner__detail">{state.detail}</p>}
        {state.reference && <p className="rae-banner__reference">{state.reference}</p>}
        {/* The wait of a type the taxonomy retries: shown, never re-sent from here. */}
        {state.retryable && <RetryCountdown error={state.error} announce={false} />}
      </div>
      <div className="rae-banner__actions">
        {actions ?? <ErrorAction state={state} />}
        {onDismiss && (
          <button type="button" className="rae-button" onClick={state.dismiss}>
            {text('actions.dismiss')}
          </button>
        )}
      </div>
    </div>
  )
})
