'use client'
import { useId, useRef, useState } from 'react'
import type { ReactNode, SyntheticEvent } from 'react'
import {
  useApiErrorContext,
  useApiErrorText,
  useIsomorphicLayoutEffect,
  useModalFocus,
  useReauthPrompt,
} from '../../react/index.js'
import { cx } from '../parts/cx.js'

export interface ReauthDialogProps {
  /**
   * Signs the user in again (a popup, a silent redirect, a form in `children`). Resolve true to
   * resume the waiting requests, false to keep the dialog open; a rejection (the user closed the
   * popup) keeps it open and says the sign-in did not complete. Without it, the provider's
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
 * again; the page under it (and any half-filled form) stays as it is. A native modal `<dialog>`
 * (top layer, the page inert behind it) with or without the stylesheet. Escape or Cancel fails
 * the waiting requests; a successful sign-in replays them.
 */
export function ReauthDialog({ onSignIn, title, description, children, className }: ReauthDialogProps) {
  const { open, complete } = useReauthPrompt()
  const { onSignIn: providerSignIn } = useApiErrorContext()
  const { text, lang, dir } = useApiErrorText()
  const { ref, onKeyDown } = useModalFocus<HTMLDialogElement>(open, () => complete(false))
  const [busy, setBusy] = useState(false)
  const [failed, setFailed] = useState(false)
  // Set at the click, before React renders: a double click starts one sign-in, not two.
  const pending = useRef(false)
  const titleId = useId()
  const descriptionId = useId()

  // showModal() where the browser has it (top layer, inert page, Escape); the `open` attribute elsewhere.
  useIsomorphicLayoutEffect(() => {
    const dialog = ref.current
    if (!open || !dialog || dialog.open) return
    if (typeof dialog.showModal === 'function') dialog.showModal()
    else dialog.setAttribute('open', '')
  }, [open])

  if (!open) return null

  const signIn = async () => {
    if (!onSignIn) return providerSignIn?.(null)
    if (pending.current) return
    pending.current = true
    setBusy(true)
    setFailed(false)
    try {
      if (await onSignIn()) complete(true)
    } catch {
      setFailed(true)
    } finally {
      pending.current = false
      setBusy(false)
    }
  }
  const cancel = (event: SyntheticEvent) => {
    event.preventDefault()
    complete(false)
  }

  return (
    <dialog
      ref={ref}
      lang={lang}
      dir={dir}
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      className={cx('rae-dialog', className)}
      onKeyDown={onKeyDown}
      onCancel={cancel}
      tabIndex={-1}
    >
      <h2 className="rae-dialog__title" id={titleId}>
        {title ?? text('reauth.title')}
      </h2>
      <p className="rae-dialog__description" id={descriptionId}>
        {description ?? text('reauth.description')}
      </p>
      {children}
      {failed && (
        <p className="rae-dialog__error" role="alert">
          {text('reauth.failed')}
        </p>
      )}
      <div className="rae-dialog__actions">
        {/* aria-disabled, not disabled, while pending: the button keeps focus and its label stays readable. */}
        <button
          type="button"
          className="rae-button rae-button--primary"
          onClick={signIn}
          aria-disabled={busy || undefined}
          aria-busy={busy || undefined}
        >
          {text('reauth.signIn')}
        </button>
        <button type="button" className="rae-button" onClick={() => complete(false)}>
          {text('reauth.cancel')}
        </button>
      </div>
    </dialog>
  )
}
