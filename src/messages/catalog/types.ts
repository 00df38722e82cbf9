import type { ApiErrorType } from '../../core/index.js'

/** Every type a user can see: `Aborted` is never shown. */
export type VisibleApiErrorType = Exclude<ApiErrorType, 'Aborted'>

/**
 * A message whose wording depends on a number: one form per `Intl.PluralRules` category the
 * language uses (`one`, `other` in English; `zero` … `many` in Arabic). `other` is required. The
 * form is chosen by `{count}`, or `{seconds}` for the countdown.
 */
export interface PluralMessage {
  zero?: string
  one?: string
  two?: string
  few?: string
  many?: string
  other: string
}

/** The copy for one error type. `{placeholders}` are filled from the error (`{seconds}`, `{id}`). */
export interface ApiErrorCopy {
  title: string
  description: string
}

/** A complete catalog for one locale. Import extra locales from `react-api-errors/messages/<locale>`. */
export interface ApiErrorCatalog {
  /** BCP 47 tag, e.g. `en`, `fr`. */
  locale: string
  types: { readonly [T in VisibleApiErrorType]: ApiErrorCopy }
  actions: {
    retry: string
    signIn: string
    upgrade: string
    /** QuotaExceeded: a soft limit the plan can raise. */
    raiseQuota: string
    requestAccess: string
    contactSupport: string
    dismiss: string
    cancel: string
  }
  /** Visible countdown, e.g. `Retrying in {seconds} s`. */
  retryCountdown: string
  /** Announced once to assistive technology when a countdown starts: `Retrying automatically in {seconds} seconds`. */
  retryAnnouncement: PluralMessage
  /** Visible when the wait is too long to retry by itself: `You can retry in {seconds} s`. */
  retryWait: string
  /** Announced once for such a wait: `You can retry in {seconds} seconds.` */
  retryWaitAnnouncement: PluralMessage
  /** Shown with the support id: `Reference: {id}`. */
  reference: string
  /** A 4xx server detail, where allowed: `Details: {detail}`. */
  serverDetail: string
  /** Severity as words, so it is never shown by colour alone. */
  severity: { error: string; warning: string; info: string }
  /** How a severity word leads a title: `{severity}:` (French: `{severity}\u00a0:`). */
  severityLabel: string
  reauth: {
    title: string
    description: string
    signIn: string
    cancel: string
    /** Shown in the dialog when the sign-in failed (a popup closed, a rejected promise): the dialog stays open. */
    failed: string
  }
  /** Heading above field errors: `{count}` problems. */
  fieldErrorsTitle: PluralMessage
  /** Between a field's label and its message: `: ` (French: ` : `). */
  fieldSeparator: string
  /** `OfflineBanner`: the connection is gone, changes wait to be sent. */
  offline: {
    title: string
    description: string
    /** How many changes wait: `{count}` changes waiting to be sent. */
    pending: PluralMessage
    /** Announced once when the connection is back and the waiting changes were sent. */
    restored: string
  }
}

type DeepPartial<T> = {
  [K in keyof T]?: T[K] extends string ? string : T[K] extends PluralMessage ? PluralMessage : DeepPartial<T[K]>
}

/** Overrides for any part of a catalog, e.g. `{ types: { RateLimited: { title: 'Easy there' } } }`. */
export type ApiErrorMessages = DeepPartial<ApiErrorCatalog>
