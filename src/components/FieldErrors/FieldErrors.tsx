'use client'
import { useId } from 'react'
import type { HTMLAttributes } from 'react'
import { truncate } from '../../core/truncate.js'
import { useApiError, useApiErrorText } from '../../react/index.js'
import { cx } from '../cx.js'

const MAX_FIELD_MESSAGE = 200

export interface FieldErrorsProps extends HTMLAttributes<HTMLDivElement> {
  error: unknown
  /** Field labels by path, so the list reads `Email: is taken` rather than `email: is taken`. */
  labels?: Readonly<Record<string, string>>
}

/**
 * The list of fields the server rejected, as text. Only a 4xx can carry field errors to show;
 * each message is truncated. To mark one input, use `getFieldError(error, path)`.
 */
export function FieldErrors({ error, labels, className, ...rest }: FieldErrorsProps) {
  const state = useApiError(error)
  const { text, lang, dir } = useApiErrorText()
  const titleId = useId()
  const parsed = state.error
  const fieldErrors = parsed && parsed.status >= 400 && parsed.status < 500 ? parsed.fieldErrors : []
  if (fieldErrors.length === 0) return null
  return (
    <div lang={lang} dir={dir} role="alert" aria-labelledby={titleId} className={cx('rae-field-errors', className)} {...rest}>
      <p className="rae-field-errors__title" id={titleId}>
        {text('fieldErrorsTitle', { count: fieldErrors.length })}
      </p>
      <ul className="rae-field-errors__list">
        {fieldErrors.map(({ path, message }, index) => (
          <li key={`${path}-${index}`}>
            <bdi className="rae-field-errors__field">{labels?.[path] ?? path}</bdi>: {truncate(message, MAX_FIELD_MESSAGE)}
          </li>
        ))}
      </ul>
    </div>
  )
}
