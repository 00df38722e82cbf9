import type { Meta, StoryObj } from '@storybook/react-vite'
import type { CSSProperties } from 'react'
import { expect, within } from 'storybook/test'
import { ErrorBanner } from '../../index.js'
import { sampleApiError, visibleApiErrorTypes } from '../support/errors.js'

const retry = () => undefined
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

/** `data-rae-theme` on any ancestor picks the scheme; without it, the system setting decides. */
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

/** Every colour and size is a `--rae-*` custom property: override variables, not selectors. */
export const CustomProperties: StoryObj = {
  render: () => <div style={brand}>{trio}</div>,
  play: async ({ canvasElement }) => {
    const alert = within(canvasElement).getByRole('alert')
    await expect(getComputedStyle(alert).borderRadius).toBe('0px')
    await expect(getComputedStyle(alert).borderInlineStartWidth).toBe('6px')
  },
}

/** Every type in the dark theme (the Theme toolbar's "Dark"): axe checks the contrast of each. */
export const DarkGallery: StoryObj = {
  globals: { theme: 'dark' },
  render: () => (
    <ul className="sb-rae-gallery" aria-label="Every error type, dark theme">
      {visibleApiErrorTypes.map((type) => (
        <li key={type}>
          <code>{type}</code>
          <ErrorBanner error={sampleApiError({ type })} onRetry={retry} />
        </li>
      ))}
    </ul>
  ),
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-rae-theme]')).toHaveAttribute('data-rae-theme', 'dark')
    await expect(within(canvasElement).getAllByRole('listitem')).toHaveLength(28)
  },
}
