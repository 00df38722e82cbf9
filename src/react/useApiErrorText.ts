'use client'
import { useCallback, useContext } from 'react'
import { formatMessage, isPluralMessage } from '../messages/index.js'
import { ApiErrorContext } from './ApiErrorContext.js'

export type ApiErrorTextValues = Readonly<Record<string, string | number>>

/**
 * Resolves one string of the catalog by its path (`types.RateLimited.title`, `actions.retry`):
 * through the provider's `translate` adapter first (key `apiErrors.<path>`), then the catalog.
 * `lang` is the language of that copy, for the `lang` attribute of what renders it.
 */
export function useApiErrorText() {
  const { catalog, translate, locale, lang } = useContext(ApiErrorContext)
  const text = useCallback(
    (path: string, values: ApiErrorTextValues = {}): string => {
      const translated = translate?.(`apiErrors.${path}`, values)
      if (typeof translated === 'string') return translated
      const template = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], catalog)
      return typeof template === 'string' || isPluralMessage(template) ? formatMessage(template, values, catalog.locale) : ''
    },
    [catalog, translate],
  )
  return { text, locale, lang }
}
