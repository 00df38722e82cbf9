'use client'
import { useContext, useState } from 'react'
import type { ApiError, ApiErrorAction, ApiErrorType } from '../core/index.js'
import { describeWith } from '../messages/describe/describeApiError.js'
import type { ApiErrorSeverity } from '../messages/index.js'
import { ApiErrorContext } from './ApiErrorContext.js'
import { safeHref } from './safeHref.js'
import { useApiErrorText } from './useApiErrorText.js'
import { useParsedError } from './useParsedError.js'

export interface UseApiErrorOptions {
  /** Runs the failed request again; without it there is no retry action. */
  onRetry?: () => void
  onDismiss?: () => void
  /** The Upgrade / Raise quota action for this error, in place of the provider's `onUpgrade`. */
  onUpgrade?: (error: ApiError) => void
}

export interface ApiErrorState {
  /** The parsed error, or null when there is none to show (no error, `Aborted`, or dismissed). */
  error: ApiError | null
  type: ApiErrorType | null
  severity: ApiErrorSeverity
  title: string
  description: string
  /** `Details: …` with a 4xx server message, truncated, only where `showServerMessages` allows. */
  detail?: string
  /** `Reference: {id}`, for support. */
  reference?: string
  action: ApiErrorAction
  /** The label of the action this error calls for, or undefined when there is nothing to offer. */
  actionLabel?: string
  /** Where the action leads when the provider gave a link for it (https: or a same-site path only). */
  actionHref?: string
  retryable: boolean
  retryInMs: number | undefined
  /** Performs `action`: retry, sign in, upgrade, request access or contact support. */
  act(): void
  retry(): void
  signIn(): void
  upgrade(): void
  dismiss(): void
}

/**
 * Everything a UI needs to show one failure: the copy for its type in the current locale, the
 * action it calls for and the callbacks that perform it. Accepts anything `parseApiError` does.
 */
export function useApiError(input: unknown, options: UseApiErrorOptions = {}): ApiErrorState {
  const context = useContext(ApiErrorContext)
  const { text } = useApiErrorText()
  const parsed = useParsedError(input)
  const [dismissed, setDismissed] = useState<ApiError | null>(null)
  const error = parsed && parsed.type !== 'Aborted' && parsed !== dismissed ? parsed : null
  const { onRetry, onDismiss } = options
  const onUpgrade = options.onUpgrade ?? context.onUpgrade

  const handlers = {
    retry: () => onRetry?.(),
    signIn: () => context.onSignIn?.(error),
    upgrade: () => error && onUpgrade?.(error),
    requestAccess: () => error && context.onRequestAccess?.(error),
    contactSupport: () => error && context.onContactSupport?.(error),
  }
  // The copy is describeApiError's, so a toast and a banner say the same.
  const copy = error ? describeWith(error, text, context.showServerMessages) : undefined
  const action = error?.action ?? 'none'
  const callbacks = {
    retry: onRetry,
    signIn: context.onSignIn,
    upgrade: onUpgrade,
    requestAccess: context.onRequestAccess,
    contactSupport: context.onContactSupport,
  }
  // `none` and `fixInput` leave it to the user: nothing to perform, label or link.
  const performable = action !== 'none' && action !== 'fixInput'
  const callback = performable ? callbacks[action] : undefined
  // A link only stands in for a missing callback (and a retry has no page to link to).
  const actionHref = performable && action !== 'retry' && !callback ? safeHref(context.links?.[action]) : undefined
  // Labelled only when something performs it.
  const actionLabel = callback || actionHref ? copy?.actionLabel : undefined

  return {
    error,
    type: copy?.type ?? null,
    severity: copy?.severity ?? 'error',
    title: copy?.title ?? '',
    description: copy?.description ?? '',
    detail: copy?.detail,
    reference: copy?.reference,
    action,
    actionLabel,
    actionHref,
    retryable: error?.retryable ?? false,
    retryInMs: error?.retryAfterMs,
    act: () => {
      if (performable) handlers[action]()
    },
    ...handlers,
    dismiss: () => {
      setDismissed(parsed)
      onDismiss?.()
    },
  }
}
