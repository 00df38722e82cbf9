'use client'
import { useContext, useMemo } from 'react'
import { bidiIsolate } from '../messages/catalog/bidiIsolate.js'
import { catalogText } from '../messages/catalog/catalogText.js'
import type { CatalogText } from '../messages/catalog/catalogText.js'
import { ApiErrorContext } from './ApiErrorContext.js'

export type ApiErrorTextValues = Readonly<Record<string, string | number>>

/** Every text value bidi-isolated: it keeps its own direction inside the copy. */
const isolate = (values: ApiErrorTextValues): ApiErrorTextValues =>
  Object.fromEntries(
    Object.entries(values).map(([name, value]) => [
      name,
      typeof value === 'string' && value !== '' ? bidiIsolate(value) : value,
    ]),
  )

/**
 * Resolves one string of the catalog by its path (`types.RateLimited.title`, `actions.retry`):
 * through the provider's `translate` adapter first (key `apiErrors.<path>`), then the catalog.
 * `lang` is the language of that copy, for the `lang` attribute of what renders it; `dir` is its
 * direction (`ltr`, `rtl`, or `auto` when the language is unknown), for the `dir` attribute: copy
 * carries its own direction, whatever the page's. Unless it is `ltr`, every text value (a server
 * detail, a field path) is bidi-isolated, so `items[0]` reads the same inside Arabic; the reference
 * id is isolated in every direction.
 */
export function useApiErrorText() {
  const { catalog, translate, locale, lang, dir } = useContext(ApiErrorContext)
  const text = useMemo((): CatalogText => {
    const resolve = catalogText(catalog, translate)
    return dir !== 'ltr' ? (path, values = {}) => resolve(path, isolate(values)) : resolve
  }, [catalog, translate, dir])
  return { text, locale, lang, dir }
}
