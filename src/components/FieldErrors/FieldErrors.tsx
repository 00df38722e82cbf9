'use client'
import { useId } from 'react'
import type { HTMLAttributes } from 'react'
import { fieldErrorsToShow } from '../../core/fields/fieldErrorsToShow.js'
import { truncate } from '../../core/shared/truncate.js'
import { useApiError, useApiErrorText, useClaimError } from '../../react/index.js'
import { cx } from '../parts/cx.js'
import { SeverityLabel } from '../parts/SeverityLabel.js'

const MAX_FIELD_MESSAGE = 200

export interface FieldErrorsProps extends HTMLAttributes<HTMLDivElement> {
  error: unknown
  /** Field labels by path, so the list reads `Email: is taken` rather than `email: is taken`. */
  labels?: Readonly<Record<string, string>>
}

/** The caller's label for a path, read as an own string property: a server's `__proto__` or `toString` is just a path. */
function labelFor(labels: Readonly<Record<string, string>> | undefined, path: string): string {
  const label = labels && Object.hasOwn(labels, path) ? labels[path] : undefined
  return typeof label === 'string' ? label : path
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
  const fieldErrors = parsed ? fieldErrorsToShow(parsed) : []
  useClaimError(error, fieldErrors.length > 0)
  if (fieldErrors.length === 0) return null
  const separator = text('fieldSeparator')
  return (
    <div
      lang={lang}
      dir={dir}
      role="alert"
      aria-labelledby={titleId}
      className={cx('rae-field-errors', className)}
      {...rest}
    >
      {/* The written severity leads the title; the name stays the title alone. */}
      <p className="rae-field-errors__title">
        <SeverityLabel severity="error" className="rae-field-errors__severity" />
        <span id={titleId}>{text('fieldErrorsTitle', { count: fieldErrors.length })}</span>
      </p>
      <ul className="rae-field-errors__list">
        {fieldErrors.map(({ path, message }, index) => (
          <li key={`${path}-${index}`}>
            <bdi className="rae-field-errors__field">{labelFor(labels, path)}</bdi>
            {separator}
            {truncate(message, MAX_FIELD_MESSAGE)}
          </li>
        ))}
      </ul>
    </div>
  )
}
