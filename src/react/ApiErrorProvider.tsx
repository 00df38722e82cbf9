'use client'
import { useMemo } from 'react'
import type { ReactNode } from 'react'
import type { ApiError } from '../core/index.js'
import type { ApiErrorCatalog, ApiErrorMessages } from '../messages/index.js'
import { en, mergeMessages, textDirection } from '../messages/index.js'
import { ApiErrorContext } from './ApiErrorContext.js'
import type { ApiErrorIntegrations } from './ApiErrorContext.js'

export interface ApiErrorProviderProps extends ApiErrorIntegrations {
  children?: ReactNode
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
  locale,
  messages,
  translate,
  onSignIn,
  onUpgrade,
  onContactSupport,
  onRequestAccess,
  auth,
  links,
  showServerMessages = false,
}: ApiErrorProviderProps) {
  const catalog = useMemo(() => mergeMessages(en, messages), [messages])
  const value = useMemo(() => {
    const lang = locale ?? (translate ? undefined : catalog.locale)
    const dir = lang && textDirection(lang) === 'rtl' ? ('rtl' as const) : undefined
    return {
      catalog,
      locale: locale ?? catalog.locale,
      lang,
      dir,
      translate,
      onSignIn,
      onUpgrade,
      onContactSupport,
      onRequestAccess,
      auth,
      links,
      showServerMessages,
    }
  }, [
    catalog,
    locale,
    translate,
    onSignIn,
    onUpgrade,
    onContactSupport,
    onRequestAccess,
    auth,
    links,
    showServerMessages,
  ])
  return <ApiErrorContext.Provider value={value}>{children}</ApiErrorContext.Provider>
}
