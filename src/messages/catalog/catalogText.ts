import { formatMessage } from './formatMessage.js'
import type { MessageValues } from './formatMessage.js'
import { isPluralMessage } from './pluralForm.js'
import type { ApiErrorCatalog } from './types.js'

/** Looks a key up in an app's i18n library (i18next, react-intl); `undefined` falls back to the catalog. */
export type ApiErrorTranslate = (key: string, values: Readonly<Record<string, string | number>>) => string | undefined

/** One string of the catalog by its path (`types.RateLimited.title`, `actions.retry`), filled with `values`. */
export type CatalogText = (path: string, values?: Readonly<Record<string, string | number>>) => string

/**
 * Resolves catalog strings by path: through `translate` first (key `apiErrors.<path>`), then the
 * catalog, plural forms chosen by `locale`'s rules. A path the catalog lacks gives `''`.
 */
export function catalogText(
  catalog: ApiErrorCatalog,
  translate?: ApiErrorTranslate,
  locale = catalog.locale,
): CatalogText {
  return (path, values = {}) => {
    const translated = translate?.(`apiErrors.${path}`, values)
    if (typeof translated === 'string') return translated
    const template = path
      .split('.')
      .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], catalog)
    return typeof template === 'string' || isPluralMessage(template)
      ? formatMessage(template, values as MessageValues, locale)
      : ''
  }
}
