'use client'
import { useId, useState } from 'react'
import type { ReactNode } from 'react'
import { useApiErrorContext, useApiErrorText, useModalFocus, useReauthPrompt } from '../../react/index.js'
import { cx } from '../cx.js'

export interface ReauthDialogProps {
  /**
   * Signs the user in again (a popup, a silent redirect, a form in `children`). Resolve true to
   * resume the waiting requests, false to keep the dialog open. Without it, the provider's
   * `onSignIn` runs and your app calls `auth.completeSignIn(true)` when done.
   */
  onSignIn?: () => boolean | Promise<boolean>
  title?: ReactNode
  description?: ReactNode
  /** Your own sign-in form, rendered inside the dialog. */
  children?: ReactNode
  className?: string
}

/**
 * Mount once at the app root. Opens while the auth coordinator waits for the user to sign in
 * again; the page under it (and any half-filled form) stays as it is. Escape or Cancel fails the
 * waiting requests; a successful sign-in replays them.
 */
export function ReauthDialog({ onSignIn, title, description, children, className }: ReauthDialogProps) {
  const { open, complete } = useReauthPrompt()
  const { onSignIn: providerSignIn } = useApiErrorContext()
  const { text, lang, dir } = useApiErrorText()
  const { ref, onKeyDown } = useModalFocus<HTMLDivElement>(open, () => complete(false))
  const [busy, setBusy] = useState(false)
  const titleId = useId()
  const descriptionId = useId()
  if (!open) return null

  const signIn = async () => {
    if (!onSignIn) return providerSignIn?.(null)
    setBusy(true)
    try {
      if (await onSignIn()) complete(true)
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="rae-backdrop">
      <div ref={ref} lang={lang} dir={dir} role="dialog" aria-modal="true" aria-labelledby={titleId} aria-describedby={descriptionId} className={cx('rae-dialog', className)} onKeyDown={onKeyDown} tabIndex={-1}>
        <h2 className="rae-dialog__title" id={titleId}>
          {title ?? text('reauth.title')}
        </h2>
        <p className="rae-dialog__description" id={descriptionId}>
          {description ?? text('reauth.description')}
        </p>
        {children}
        <div className="rae-dialog__actions">
          <button type="button" className="rae-button rae-button--primary" onClick={signIn} disabled={busy} aria-busy={busy || undefined}>
            {text('reauth.signIn')}
          </button>
          <button type="button" className="rae-button" onClick={() => complete(false)}>
            {text('reauth.cancel')}
          </button>
        </div>
      </div>
    </div>
  )
}
