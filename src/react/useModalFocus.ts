'use client'
import { useEffect, useRef } from 'react'
import type { KeyboardEvent, RefObject } from 'react'
import { restoreFocus } from './restoreFocus.js'
import { useIsomorphicLayoutEffect } from './useIsomorphicLayoutEffect.js'

const FOCUSABLE =
  'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])'

/**
 * A modal `<dialog>` and its focus: on open, the dialog is shown with showModal() where the browser
 * has it (top layer, the page inert behind it; the `open` attribute elsewhere), focus moves into
 * it, Tab and Shift+Tab cycle inside it and Escape calls `onEscape`. On close, focus returns to
 * where it was before the dialog opened: the element focused then or, when focus had fallen to
 * <body> (a Save button disabled while its request runs), the last element focused before that.
 * See `restoreFocus` for an element that cannot take focus yet.
 */
export function useModalFocus<T extends HTMLElement>(
  open: boolean,
  onEscape: () => void,
): { ref: RefObject<T | null>; onKeyDown(event: KeyboardEvent): void } {
  const ref = useRef<T>(null)
  const lastFocused = useRef<HTMLElement | null>(null)
  /** Where focus was when the dialog opened: where it goes back. */
  const returnTo = useRef<HTMLElement | null>(null)
  /** Stops this dialog's restore still waiting for its element (another dialog of the page has its own). */
  const stopRestore = useRef<() => void>(() => undefined)

  // While closed, remember the last element that had focus: a disabled button drops focus to <body> without a focusin.
  useEffect(() => {
    if (open) return
    const remember = (event: FocusEvent) => {
      if (event.target instanceof HTMLElement) lastFocused.current = event.target
    }
    document.addEventListener('focusin', remember)
    return () => document.removeEventListener('focusin', remember)
  }, [open])

  // Before paint, and before showModal() moves focus into the dialog: read where focus is first.
  useIsomorphicLayoutEffect(() => {
    const container = ref.current
    if (!open || !container) return
    stopRestore.current()
    const active = document.activeElement
    returnTo.current =
      active instanceof HTMLElement && active !== document.body && !container.contains(active)
        ? active
        : lastFocused.current
    if (container instanceof HTMLDialogElement && !container.open) {
      if (typeof container.showModal === 'function') container.showModal()
      else container.setAttribute('open', '')
    }
    ;(container.querySelector<HTMLElement>(FOCUSABLE) ?? container).focus()
  }, [open])

  useEffect(() => {
    if (!open) return
    return () => {
      stopRestore.current = restoreFocus(returnTo.current)
    }
  }, [open])

  // Unmounted with a restore still waiting: nothing of it outlives the dialog.
  useEffect(() => () => stopRestore.current(), [])

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      // Handled here: a native <dialog> must not also close itself.
      event.preventDefault()
      event.stopPropagation()
      onEscape()
      return
    }
    const items = ref.current ? [...ref.current.querySelectorAll<HTMLElement>(FOCUSABLE)] : []
    if (event.key !== 'Tab' || items.length === 0) return
    const first = items[0]!
    const last = items[items.length - 1]!
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault()
      last.focus()
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault()
      first.focus()
    }
  }
  return { ref, onKeyDown }
}
