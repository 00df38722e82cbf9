'use client'
import { useEffect, useRef } from 'react'
import type { KeyboardEvent, RefObject } from 'react'

const FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])'

/**
 * Modal focus: while open, focus moves into the container, Tab and Shift+Tab cycle inside it and
 * Escape calls `onEscape`; on close, focus returns to where it was.
 */
export function useModalFocus<T extends HTMLElement>(open: boolean, onEscape: () => void): { ref: RefObject<T | null>; onKeyDown(event: KeyboardEvent): void } {
  const ref = useRef<T>(null)
  useEffect(() => {
    if (!open) return
    const previous = document.activeElement as HTMLElement | null
    const container = ref.current
    const first = container?.querySelector<HTMLElement>(FOCUSABLE)
    ;(first ?? container)?.focus()
    return () => previous?.focus?.()
  }, [open])

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
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
