import type { ApiErrorCatalog } from '../../index.js'
import { en } from '../../index.js'
import ar from '../../messages/locales/ar.js'
import de from '../../messages/locales/de.js'
import es from '../../messages/locales/es.js'
import fr from '../../messages/locales/fr.js'
import ja from '../../messages/locales/ja.js'
import ptBR from '../../messages/locales/pt-BR.js'

/** The catalogs behind the Locale toolbar, with the name each language gives itself. */
export const storyCatalogs: readonly { catalog: ApiErrorCatalog; name: string }[] = [
  { catalog: en, name: 'English' },
  { catalog: fr, name: 'Français' },
  { catalog: de, name: 'Deutsch' },
  { catalog: es, name: 'Español' },
  { catalog: ptBR, name: 'Português (Brasil)' },
  { catalog: ja, name: '日本語' },
  { catalog: ar, name: 'العربية' },
]

/** The catalog for the Locale toolbar's value (English for anything else). */
export function catalogFor(locale: unknown): ApiErrorCatalog {
  return storyCatalogs.find(({ catalog }) => catalog.locale === locale)?.catalog ?? en
}

export type StoryTheme = 'light' | 'dark'

export const isStoryTheme = (value: unknown): value is StoryTheme => value === 'light' || value === 'dark'
