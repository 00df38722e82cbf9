import { createContext } from 'react'
import type { ApiError, ApiErrorAliases, AuthCoordinator } from '../core/index.js'
import type { ApiErrorCatalog, ApiErrorTranslate, ShowServerMessages } from '../messages/index.js'
import { en } from '../messages/index.js'
import type { ErrorClaims } from './errorClaims.js'

export type { ApiErrorTranslate }

/** What an app plugs into the kit: its i18n, where each action leads, and its auth coordinator. */
export interface ApiErrorIntegrations {
  /** An adapter to your i18n library; keys look like `apiErrors.types.RateLimited.title`. */
  translate?: ApiErrorTranslate
  /** The Sign in action: route to your sign-in page or open your identity provider. */
  onSignIn?: (error: ApiError | null) => void
  /** The Upgrade / Raise quota action. */
  onUpgrade?: (error: ApiError) => void
  /** The Update payment method action (a declined card, insufficient funds); defaults to `onUpgrade`. */
  onUpdatePayment?: (error: ApiError) => void
  /** The Contact support action; the error's `id` is the reference to quote. */
  onContactSupport?: (error: ApiError) => void
  /** The Request access action (Forbidden). */
  onRequestAccess?: (error: ApiError) => void
  /** The auth coordinator that `ReauthDialog` and `useReauthPrompt` follow. */
  auth?: AuthCoordinator
  /**
   * Pages an action can link to instead of a callback (`{ upgrade: '/billing' }`); `updatePayment`
   * defaults to the `upgrade` page. Only `https:` URLs and same-site paths are rendered;
   * `javascript:`, `data:` and the like are refused.
   */
  links?: Partial<Record<'signIn' | 'upgrade' | 'updatePayment' | 'requestAccess' | 'contactSupport', string>>
}

export interface ApiErrorContextValue extends ApiErrorIntegrations {
  /** The app's own vendor codes, honoured wherever a hook or component parses an error. */
  aliases?: ApiErrorAliases
  /**
   * Which errors this app's components show in place (the provider's own registry, so two roots
   * never share it); without a provider, nothing is claimed.
   */
  claims?: ErrorClaims
  catalog: ApiErrorCatalog
  locale: string
  /** The language the kit's copy is in, for `lang` on rendered roots; unknown (undefined) when a `translate` adapter supplies it without a `locale`. */
  lang?: string
  /**
   * The direction of that language (`dir` on rendered roots), so the copy reads correctly whatever
   * the page's direction: `ltr` for English on a `dir="rtl"` page too; `auto` (from the copy's first
   * strong character) when the language is unknown.
   */
  dir: 'ltr' | 'rtl' | 'auto'
  showServerMessages: ShowServerMessages
}

/** English, no callbacks, no server text: what components get without a provider. */
export const defaultApiErrorContext: ApiErrorContextValue = {
  catalog: en,
  locale: en.locale,
  lang: en.locale,
  dir: 'ltr',
  showServerMessages: false,
}

export const ApiErrorContext = createContext<ApiErrorContextValue>(defaultApiErrorContext)
