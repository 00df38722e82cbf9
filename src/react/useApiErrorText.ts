'use client'
import { useContext, useMemo } from 'react'
import { catalogText } from '../messages/catalog/catalogText.js'
import type { CatalogText } from '../messages/catalog/catalogText.js'
import { ApiErrorContext } from './ApiErrorContext.js'

export type ApiErrorTextValues = Readonly<Record<string, string | number>>

/** First-strong isolate … pop directional isolate: a value keeps its own direction inside the copy. */
const isolate = (values: ApiErrorTextValues): ApiErrorTextValues =>
  Object.fromEntries(
    Object.entries(values).map(([name, value]) => [
      name,
      typeof value === 'string' && value !== '' ? `\u2068${value}\u2069` : value,
    ]),
  )

/**
 * Resolves one string of the catalog by its path (`types.RateLimited.title`, `actions.retry`):
 * through the provider's `translate` adapter first (key `apiErrors.<path>`), then the catalog.
 * `lang` is the language of that copy, for the `lang` attribute of what renders it; `dir` is its
 * direction (`ltr`, `rtl`, or `auto` when the language is unknown), for the `dir` attribute: copy
 * carries its own direction, whatever the page's. Unless it is `ltr`, every text value (a
 * reference id, a server detail) is bidi-isolated, so `req_7Hq2xK` reads the same inside Arabic.
 */
export function useApiErrorText() {
  const { catalog, translate, locale, lang, dir } = useContext(ApiErrorContext)
  const text = useMemo((): CatalogText => {
    const resolve = catalogText(catalog, translate)
    return dir !== 'ltr' ? (path, values = {}) => resolve(path, isolate(values)) : resolve
  }, [catalog, translate, dir])
  return { text, locale, lang, dir }
}
