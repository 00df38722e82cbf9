'use client'
import { forwardRef } from 'react'
import type { HTMLAttributes } from 'react'
import { useApiError, useApiErrorText, useClaimError } from '../../react/index.js'
import { cx } from '../parts/cx.js'
import { SeverityIcon } from '../parts/SeverityIcon.js'

export interface ErrorMessageProps extends HTMLAttributes<HTMLParagraphElement> {
  error: unknown
}

/** One line under a form or a button: the title and description, announced as an alert. */
export const ErrorMessage = forwardRef<HTMLParagraphElement, ErrorMessageProps>(function ErrorMessage(
  { error, className, ...rest },
  ref,
) {
  const state = useApiError(error)
  const { lang, dir } = useApiErrorText()
  useClaimError(error, error !== null && error !== undefined)
  if (!state.error) return null
  return (
    <p
      ref={ref}
      lang={lang}
      dir={dir}
      role="alert"
      data-type={state.type ?? undefined}
      data-severity={state.severity}
      className={cx('rae-message', `rae-message--${state.severity}`, className)}
      {...rest}
    >
      <SeverityIcon severity={state.severity} />
      {/* Title and description share one text column beside the icon (without CSS: one sentence-like line). */}
      <span className="rae-message__body">
        <strong className="rae-message__title">{state.title}</strong>{' '}
        <span className="rae-message__description">{state.description}</span>
      </span>
    </p>
  )
})
