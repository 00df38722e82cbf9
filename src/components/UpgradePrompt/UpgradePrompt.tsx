'use client'
import { useId } from 'react'
import type { HTMLAttributes } from 'react'
import type { ApiError } from '../../core/index.js'
import { useApiError, useApiErrorText, useClaimError } from '../../react/index.js'
import { ErrorAction } from '../parts/ErrorAction.js'
import { cx } from '../parts/cx.js'
import { SeverityIcon } from '../parts/SeverityIcon.js'
import { SeverityLabel } from '../parts/SeverityLabel.js'

/** The types this prompt is for: a plan or payment problem, a soft quota, a hard limit. */
const TYPES: readonly string[] = ['PaymentRequired', 'QuotaExceeded', 'LimitExceeded']

export interface UpgradePromptProps extends HTMLAttributes<HTMLDivElement> {
  error: unknown
  /** Opens your billing page; defaults to the provider's `onUpgrade`. */
  onUpgrade?: (error: ApiError) => void
}

/**
 * For PaymentRequired (upgrade) and QuotaExceeded (a soft limit that can be raised); for
 * LimitExceeded it explains the hard limit, with nothing to buy. Renders nothing for other types.
 */
export function UpgradePrompt({ error, onUpgrade, className, ...rest }: UpgradePromptProps) {
  const state = useApiError(error, { onUpgrade })
  const { lang, dir } = useApiErrorText()
  const titleId = useId()
  const parsed = state.error
  const shown = parsed !== null && TYPES.includes(parsed.type)
  useClaimError(error, shown)
  if (!parsed || !shown) return null
  return (
    <div
      lang={lang}
      dir={dir}
      role="alert"
      aria-labelledby={titleId}
      data-type={parsed.type}
      className={cx('rae-upgrade', className)}
      {...rest}
    >
      <SeverityIcon severity="error" />
      <div className="rae-upgrade__body">
        {/* The written severity leads the title; the name stays the title alone. */}
        <p className="rae-upgrade__title">
          <SeverityLabel severity="error" className="rae-upgrade__severity" />
          <span id={titleId}>{state.title}</span>
        </p>
        <p className="rae-upgrade__description">{state.description}</p>
        {state.reference && <p className="rae-upgrade__reference">{state.reference}</p>}
      </div>
      {/* A hard limit has nothing to buy: LimitExceeded asks the user to fix the input, with no action. */}
      <ErrorAction state={state} />
    </div>
  )
}
