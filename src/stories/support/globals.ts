import type { ApiErrorCatalog } from '../../index.js'
import { en } from '../../index.js'
import fr from '../../messages/fr.js'

/** The catalogs behind the Locale toolbar. */
export const storyCatalogs: Readonly<Record<'en' | 'fr', ApiErrorCatalog>> = { en, fr }

/** The catalog for the Locale toolbar's value (English for anything else). */
export function catalogFor(locale: unknown): ApiErrorCatalog {
  return locale === 'fr' ? fr : en
}

export type StoryTheme = 'light' | 'dark'

export const isStoryTheme = (value: unknown): value is StoryTheme => value === 'light' || value === 'dark'
