import type { Meta, StoryObj } from '@storybook/react-vite'
import type { CSSProperties, HTMLAttributes } from 'react'
import { expect, within } from 'storybook/test'
import { ErrorBanner } from '../../index.js'
import { sampleApiError, visibleApiErrorTypes } from '../support/errors.js'
import { catalogFor } from '../support/globals.js'
import { StoryProvider } from '../support/StoryProvider.js'
import { emulatesSystem, onDarkSystem, systemIsDark } from '../support/systemColorScheme.js'

const retry = () => undefined
const act = () => undefined
const trio = (
  <>
    <ErrorBanner error={sampleApiError({ type: 'Forbidden' })} />
    <ErrorBanner error={sampleApiError({ type: 'Unavailable' })} onRetry={retry} />
    <ErrorBanner error={sampleApiError({ type: 'RateLimited' })} onRetry={retry} />
  </>
)

/** A brand theme: square corners, a thicker accent, the app's own font and error colours. */
const brand = {
  '--rae-radius': '0',
  '--rae-accent-width': '6px',
  '--rae-font': 'Georgia, serif',
  '--rae-error-bg': 'light-dark(#fdf2f8, #2a0f1f)',
  '--rae-error-border': 'light-dark(#be185d, #f472b6)',
  '--rae-error-fg': 'light-dark(#9d174d, #fbcfe8)',
} as CSSProperties

const meta = {
  title: 'Examples/Theming',
  tags: ['!autodocs'],
} satisfies Meta

export default meta

/** `data-rae-theme` on any ancestor picks the scheme; without it, the page's `color-scheme` decides. */
export const LightAndDark: StoryObj = {
  render: () => (
    <div className="sb-flow sb-flow--columns">
      <div className="sb-rae-canvas" data-rae-theme="light">
        {trio}
      </div>
      <div className="sb-rae-canvas" data-rae-theme="dark">
        {trio}
      </div>
    </div>
  ),
  play: async ({ canvasElement }) => {
    const [light, dark] = [...canvasElement.querySelectorAll<HTMLElement>('.sb-flow [data-rae-theme]')]
    const background = (scope: HTMLElement) => getComputedStyle(within(scope).getByRole('alert')).backgroundColor
    await expect(background(light!)).not.toBe(background(dark!))
    await expect(getComputedStyle(within(dark!).getByRole('alert')).colorScheme).toBe('dark')
  },
}

type Scheme = 'light' | 'dark'

/** Pages as apps write them, and the scheme each one's banner must take ('system': the system's). */
const PAGES: {
  label: string
  page: HTMLAttributes<HTMLElement> & { 'data-rae-theme'?: Scheme }
  scheme: Scheme | 'system'
}[] = [
  { label: 'declares nothing (a light-only app)', page: {}, scheme: 'light' },
  { label: 'color-scheme: light', page: { style: { colorScheme: 'light' } }, scheme: 'light' },
  { label: 'color-scheme: light dark', page: { style: { colorScheme: 'light dark' } }, scheme: 'system' },
  { label: 'color-scheme: dark', page: { style: { colorScheme: 'dark' } }, scheme: 'dark' },
  { label: 'data-rae-theme="light"', page: { 'data-rae-theme': 'light' }, scheme: 'light' },
  { label: 'data-rae-theme="dark"', page: { 'data-rae-theme': 'dark' }, scheme: 'dark' },
]

/**
 * The theme follows the page, not the system alone: a page that declares no `color-scheme` (a
 * light-only app) gets light banners on a dark system; a page that declares `light dark` follows
 * the system; `color-scheme: dark` or `data-rae-theme="dark"` is dark. As a test, the system is
 * emulated dark; in Storybook, your own system setting shows.
 */
export const FollowsThePage: StoryObj = {
  beforeEach: onDarkSystem,
  // The canvas around the story declares no scheme: each page below is the first to say anything.
  parameters: { pageDeclaresTheme: true },
  render: () => (
    <div className="sb-flow sb-flow--columns">
      {PAGES.map(({ label, page }) => (
        <section key={label} aria-label={label} className="sb-rae-canvas" {...page}>
          <p>
            <code>{label}</code>
          </p>
          <ErrorBanner error={sampleApiError({ type: 'Forbidden' })} />
        </section>
      ))}
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    if (emulatesSystem()) await expect(systemIsDark()).toBe(true)
    await expect(getComputedStyle(canvas.getByRole('region', { name: PAGES[0]!.label })).colorScheme).toBe('normal')
    const background = (label: string) =>
      getComputedStyle(within(canvas.getByRole('region', { name: label })).getByRole('alert')).backgroundColor
    const light = background('data-rae-theme="light"')
    const dark = background('data-rae-theme="dark"')
    await expect(light).not.toBe(dark)
    for (const { label, scheme } of PAGES) {
      const expected = scheme === 'system' ? (systemIsDark() ? 'dark' : 'light') : scheme
      await expect({ label, background: background(label) }).toEqual({
        label,
        background: expected === 'dark' ? dark : light,
      })
    }
  },
}

/** Every colour and size is a `--rae-*` custom property: override variables, not selectors. */
export const CustomProperties: StoryObj = {
  render: () => <div style={brand}>{trio}</div>,
  play: async ({ canvasElement }) => {
    const alert = within(canvasElement).getByRole('alert')
    await expect(getComputedStyle(alert).borderRadius).toBe('0px')
    await expect(getComputedStyle(alert).borderInlineStartWidth).toBe('6px')
  },
}

/**
 * Every type in the dark theme (the Theme toolbar's "Dark"), each with the action it calls for (the
 * provider has every callback): axe checks the contrast of each banner and each button.
 */
export const DarkGallery: StoryObj = {
  globals: { theme: 'dark' },
  render: () => (
    <StoryProvider onSignIn={act} onUpgrade={act} onRequestAccess={act} onContactSupport={act}>
      <ul className="sb-rae-gallery" aria-label="Every error type, dark theme">
        {visibleApiErrorTypes.map((type) => (
          <li key={type}>
            <code>{type}</code>
            <ErrorBanner error={sampleApiError({ type })} onRetry={retry} />
          </li>
        ))}
      </ul>
    </StoryProvider>
  ),
  play: async ({ canvasElement, globals }) => {
    await expect(canvasElement.querySelector('[data-rae-theme]')).toHaveAttribute('data-rae-theme', 'dark')
    const list = within(canvasElement).getByRole('list', { name: 'Every error type, dark theme' })
    await expect(within(list).getAllByRole('listitem')).toHaveLength(28)
    const { actions } = catalogFor(globals.locale)
    const labels = within(list)
      .getAllByRole('button')
      .map((button) => button.textContent)
    for (const action of ['retry', 'signIn', 'upgrade', 'raiseQuota', 'requestAccess', 'contactSupport'] as const) {
      await expect(labels).toContain(actions[action])
    }
  },
}
