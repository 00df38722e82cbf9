'use client'
import { useId } from 'react'
import type { HTMLAttributes } from 'react'
import type { ApiError } from '../../core/index.js'
import { safeHref, useApiError, useApiErrorContext, useApiErrorText, useClaimError } from '../../react/index.js'
import { cx } from '../parts/cx.js'
import { SeverityIcon } from '../parts/SeverityIcon.js'
import { SeverityLabel } from '../parts/SeverityLabel.js'

const COPY = {
  PaymentRequired: { key: 'payment', action: 'actions.upgrade' },
  QuotaExceeded: { key: 'quota', action: 'actions.raiseQuota' },
  LimitExceeded: { key: 'limit', action: undefined },
} as const

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
  const state = useApiError(error)
  const { text, lang, dir } = useApiErrorText()
  const context = useApiErrorContext()
  const titleId = useId()
  const parsed = state.error
  const shown = parsed !== null && parsed.type in COPY
  useClaimError(error, shown)
  if (!parsed || !shown) return null
  const copy = COPY[parsed.type as keyof typeof COPY]
  const upgrade = onUpgrade ?? context.onUpgrade
  const href = upgrade ? undefined : safeHref(context.links?.upgrade)
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
          <span id={titleId}>{text(`upgrade.${copy.key}Title`)}</span>
        </p>
        <p className="rae-upgrade__description">{text(`upgrade.${copy.key}Description`)}</p>
        {state.reference && <p className="rae-upgrade__reference">{state.reference}</p>}
      </div>
      {copy.action && upgrade && (
        <button type="button" className="rae-button rae-button--primary" onClick={() => upgrade(parsed)}>
          {text(copy.action)}
        </button>
      )}
      {copy.action && href && (
        <a className="rae-button rae-button--primary" href={href}>
          {text(copy.action)}
        </a>
      )}
    </div>
  )
}
