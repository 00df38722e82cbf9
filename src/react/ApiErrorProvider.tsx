'use client'
import { useMemo, useState } from 'react'
import type { ReactNode } from 'react'
import type { ApiError, ApiErrorAliases } from '../core/index.js'
import type { ApiErrorCatalog, ApiErrorMessages } from '../messages/index.js'
import { en, mergeMessages, textDirection } from '../messages/index.js'
import { checkAliases } from '../core/parse/aliases.js'
import { ApiErrorContext } from './ApiErrorContext.js'
import type { ApiErrorIntegrations } from './ApiErrorContext.js'
import { createErrorClaims } from './errorClaims.js'

export interface ApiErrorProviderProps extends ApiErrorIntegrations {
  children?: ReactNode
  /**
   * Your API's own vendor codes (`{ SEAT_LIMIT: 'QuotaExceeded' }`), honoured by every hook and
   * component below. Errors already parsed (an `ApiError` from `createApiFetch` or your own
   * `parseApiError`) keep the type they were given.
   */
  aliases?: ApiErrorAliases
  /** BCP 47 tag for the rendered copy; defaults to the catalog's own. */
  locale?: string
  /** A catalog (`import fr from 'react-api-errors/messages/fr'`) or overrides over English. */
  messages?: ApiErrorCatalog | ApiErrorMessages
  /**
   * Whether a 4xx server message may be shown as a truncated detail (default false). Server text
   * for 5xx, Unknown and Internal is never shown, whatever this says.
   */
  showServerMessages?: boolean | ((error: ApiError) => boolean)
}

/** Gives every hook and component below it its copy, callbacks and auth coordinator. */
export function ApiErrorProvider({
  children,
  aliases: givenAliases,
  locale,
  messages,
  translate,
  onSignIn,
  onUpgrade,
  onUpdatePayment,
  onContactSupport,
  onRequestAccess,
  auth,
  links,
  showServerMessages = false,
}: ApiErrorProviderProps) {
  const catalog = useMemo(() => mergeMessages(en, messages), [messages])
  const aliases = useSameAliases(givenAliases)
  // The registry of errors shown in place belongs to this provider: two roots never share one.
  const [claims] = useState(createErrorClaims)
  const value = useMemo(() => {
    const lang = locale ?? (translate ? undefined : catalog.locale)
    // The copy carries its own direction: English reads left to right on a right-to-left page too.
    const dir = lang ? textDirection(lang) : ('auto' as const)
    return {
      aliases,
      claims,
      catalog,
      locale: locale ?? catalog.locale,
      lang,
      dir,
      translate,
      onSignIn,
      onUpgrade,
      onUpdatePayment,
      onContactSupport,
      onRequestAccess,
      auth,
      links,
      showServerMessages,
    }
  }, [
    aliases,
    claims,
    catalog,
    locale,
    translate,
    onSignIn,
    onUpgrade,
    onUpdatePayment,
    onContactSupport,
    onRequestAccess,
    auth,
    links,
    showServerMessages,
  ])
  return <ApiErrorContext.Provider value={value}>{children}</ApiErrorContext.Provider>
}

/**
 * `aliases` checked, and kept as the same object while its entries stay the same: an inline
 * `aliases={{ … }}` must not make every error a new one on each render (a countdown would restart).
 */
function useSameAliases(aliases: ApiErrorAliases | undefined): ApiErrorAliases | undefined {
  checkAliases(aliases, 'ApiErrorProvider')
  const [kept, keep] = useState(aliases)
  const same = (a: ApiErrorAliases | undefined, b: ApiErrorAliases | undefined) =>
    a === b ||
    (a !== undefined && b !== undefined && JSON.stringify(Object.entries(a)) === JSON.stringify(Object.entries(b)))
  if (!same(kept, aliases)) keep(aliases)
  return same(kept, aliases) ? kept : aliases
}
