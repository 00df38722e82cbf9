'use client'
import { useId, useRef, useState } from 'react'
import type { ReactNode, SyntheticEvent } from 'react'
import { useApiErrorContext, useApiErrorText, useModalFocus, useReauthPrompt, safeHref } from '../../react/index.js'
import { cx } from '../parts/cx.js'

export interface ReauthDialogProps {
  /**
   * Signs the user in again without leaving the page (a popup, a form in `children`). Resolve true
   * to resume the waiting requests, false to keep the dialog open; a rejection (the user closed the
   * popup) keeps it open and says the sign-in did not complete. Without it, Sign in hands over to
   * the provider's `onSignIn` (or `links.signIn`): the dialog closes and the requests wait until
   * your app calls `auth.completeSignIn(true)` (resume) or `false` (fail them).
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
 * the waiting requests; a successful sign-in replays them. Handed over to the app's own sign-in
 * (a page, a popup), it closes: nothing of it stays modal over that sign-in.
 */
export function ReauthDialog({ onSignIn, title, description, children, className }: ReauthDialogProps) {
  const { open, complete } = useReauthPrompt()
  const { onSignIn: providerSignIn, links } = useApiErrorContext()
  const { text, lang, dir } = useApiErrorText()
  // Sign in handed over to the app (its sign-in page or popup): closed until this wait is over.
  const [handedOver, setHandedOver] = useState(false)
  if (handedOver && !open) setHandedOver(false)
  const shown = open && !handedOver
  const { ref, onKeyDown } = useModalFocus<HTMLDialogElement>(shown, () => complete(false))
  const [busy, setBusy] = useState(false)
  const [failed, setFailed] = useState(false)
  // Set at the click, before React renders: a double click starts one sign-in, not two.
  const pending = useRef(false)
  const titleId = useId()
  const descriptionId = useId()

  if (!shown) return null

  const signIn = async (run: () => boolean | Promise<boolean>) => {
    if (pending.current) return
    pending.current = true
    setBusy(true)
    setFailed(false)
    try {
      if (await run()) complete(true)
    } catch {
      setFailed(true)
    } finally {
      pending.current = false
      setBusy(false)
    }
  }
  const handOver = () => {
    setHandedOver(true)
    providerSignIn?.(null)
  }
  const cancel = (event: SyntheticEvent) => {
    event.preventDefault()
    complete(false)
  }
  const label = text('reauth.signIn')
  const href = safeHref(links?.signIn)
  // The dialog's own sign-in, else a hand-over to the provider's callback or link; with none of
  // them, no button that would do nothing (Cancel still ends the wait).
  const signInAction = onSignIn ? (
    // aria-disabled, not disabled, while pending: the button keeps focus and its label stays readable.
    <button
      type="button"
      className="rae-button rae-button--primary"
      onClick={() => void signIn(onSignIn)}
      aria-disabled={busy || undefined}
      aria-busy={busy || undefined}
    >
      {label}
    </button>
  ) : providerSignIn ? (
    <button type="button" className="rae-button rae-button--primary" onClick={handOver}>
      {label}
    </button>
  ) : href ? (
    <a className="rae-button rae-button--primary" href={href} onClick={handOver}>
      {label}
    </a>
  ) : null

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
        {signInAction}
        <button type="button" className="rae-button" onClick={() => complete(false)}>
          {text('reauth.cancel')}
        </button>
      </div>
    </dialog>
  )
}
