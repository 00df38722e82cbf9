import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, within } from 'storybook/test'
import type { ApiErrorTranslate } from '../../index.js'
import { ApiErrorProvider, ErrorBanner, ErrorMessage, en } from '../../index.js'
import fr from '../../messages/locales/fr.js'
import { sampleApiError, visibleApiErrorTypes } from '../support/errors.js'
import { textDirection } from '../../messages/index.js'
import { storyCatalogs } from '../support/globals.js'
import { containing } from '../support/text.js'

const rateLimited = sampleApiError({ type: 'RateLimited', retryAfterMs: 12_000 })
const retry = () => undefined

/** An app's own i18n library, reduced to a dictionary: keys are `apiErrors.<path in the catalog>`. */
const dictionary: Record<string, string> = {
  'apiErrors.types.RateLimited.title': 'Whoa, slow down',
  'apiErrors.retryWait': 'Back in {seconds}s',
}
const translate: ApiErrorTranslate = (key, values) =>
  dictionary[key]?.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''))

const meta = {
  title: 'Examples/Locales',
  tags: ['!autodocs'],
} satisfies Meta

export default meta

/** The same 429 in English and in French (`react-api-errors/messages/fr`). */
export const EnglishAndFrench: StoryObj = {
  render: () => (
    <div className="sb-flow sb-flow--columns">
      <ApiErrorProvider messages={en}>
        <div lang="en">
          <ErrorBanner error={rateLimited} onRetry={retry} />
        </div>
      </ApiErrorProvider>
      <ApiErrorProvider messages={fr}>
        <div lang="fr">
          <ErrorBanner error={rateLimited} onRetry={retry} />
        </div>
      </ApiErrorProvider>
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByRole('status', { name: containing(en.types.RateLimited.title) })).toHaveTextContent(
      'You can retry in 12 s',
    )
    await expect(canvas.getByRole('status', { name: containing(fr.types.RateLimited.title) })).toHaveTextContent(
      fr.types.RateLimited.description,
    )
  },
}

/** Partial overrides over the English catalog: only what you pass changes. */
export const OverriddenCopy: StoryObj = {
  render: () => (
    <ApiErrorProvider messages={{ types: { RateLimited: { title: 'Easy there!' } }, actions: { retry: 'Try now' } }}>
      <ErrorBanner error={rateLimited} onRetry={retry} />
    </ApiErrorProvider>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const banner = canvas.getByRole('status', { name: containing('Easy there!') })
    await expect(banner).toHaveTextContent(en.types.RateLimited.description)
    await expect(within(banner).getByRole('button', { name: 'Try now' })).toBeInTheDocument()
  },
}

/** A `translate` adapter (i18next, react-intl …) answers first; what it does not know comes from the catalog. */
export const TranslateAdapter: StoryObj = {
  render: () => (
    <ApiErrorProvider translate={translate}>
      <ErrorBanner error={rateLimited} onRetry={retry} />
    </ApiErrorProvider>
  ),
  play: async ({ canvasElement }) => {
    const banner = within(canvasElement).getByRole('status', { name: containing('Whoa, slow down') })
    await expect(banner).toHaveTextContent('Back in 12s')
    await expect(banner).toHaveTextContent(en.types.RateLimited.description)
  },
}

/** Every type in French, as the Locale toolbar shows it: checks the longer copy fits and passes axe. */
export const FrenchGallery: StoryObj = {
  globals: { locale: 'fr' },
  render: () => (
    <ul className="sb-rae-gallery" aria-label="Tous les types d’erreur">
      {visibleApiErrorTypes.map((type) => (
        <li key={type}>
          <code>{type}</code>
          <ErrorBanner error={sampleApiError({ type })} />
        </li>
      ))}
    </ul>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvasElement.querySelector('[lang="fr"]')).not.toBeNull()
    await expect(canvas.getByRole('alert', { name: containing(fr.types.PaymentRequired.title) })).toBeInTheDocument()
    const severities = [...canvasElement.querySelectorAll('.rae-banner__severity')].map((label) => label.textContent)
    await expect(severities).toHaveLength(28)
    await expect(
      severities.every((label) =>
        [fr.severity.error, fr.severity.warning, fr.severity.info].some((word) => label?.startsWith(word)),
      ),
    ).toBe(true)
  },
}

/**
 * All 28 types in each of the seven catalogs, as one-line messages (the banners of each language
 * are in the component's stories under the Locale toolbar), each language under its own name:
 * Arabic right to left.
 */
export const AllTypesInEveryLanguage: StoryObj = {
  name: 'All types in every language',
  render: () => (
    <div className="sb-rae-languages">
      {storyCatalogs.map(({ catalog, name }) => (
        <section
          key={catalog.locale}
          lang={catalog.locale}
          dir={textDirection(catalog.locale)}
          aria-labelledby={`language-${catalog.locale}`}
        >
          <h2 id={`language-${catalog.locale}`}>{name}</h2>
          <ApiErrorProvider messages={catalog}>
            {visibleApiErrorTypes.map((type) => (
              <ErrorMessage key={type} error={sampleApiError({ type })} />
            ))}
          </ApiErrorProvider>
        </section>
      ))}
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getAllByRole('region')).toHaveLength(storyCatalogs.length)
    for (const { catalog, name } of storyCatalogs) {
      const messages = within(canvas.getByRole('region', { name })).getAllByRole('alert')
      // One assertion per language (each instrumented `expect` costs time in the test run).
      const shown = messages.map((message) => [
        message.getAttribute('data-type'),
        message.lang,
        message.dir,
        message.textContent?.replace(/\s+/g, ' '),
      ])
      const expected = visibleApiErrorTypes.map((type) => [
        type,
        catalog.locale,
        // Every message carries its language's direction, ltr too, whatever the page's.
        textDirection(catalog.locale),
        `${catalog.types[type].title} ${catalog.types[type].description}`.replace(/\s+/g, ' '),
      ])
      await expect(shown).toEqual(expected)
    }
  },
}
