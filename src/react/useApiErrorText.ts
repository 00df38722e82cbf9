'use client'
import { useContext, useMemo } from 'react'
import { catalogText } from '../messages/catalogText.js'
import { ApiErrorContext } from './ApiErrorContext.js'

export type ApiErrorTextValues = Readonly<Record<string, string | number>>

/**
 * Resolves one string of the catalog by its path (`types.RateLimited.title`, `actions.retry`):
 * through the provider's `translate` adapter first (key `apiErrors.<path>`), then the catalog.
 * `lang` is the language of that copy, for the `lang` attribute of what renders it.
 */
export function useApiErrorText() {
  const { catalog, translate, locale, lang } = useContext(ApiErrorContext)
  const text = useMemo(() => catalogText(catalog, translate), [catalog, translate])
  return { text, locale, lang }
}
