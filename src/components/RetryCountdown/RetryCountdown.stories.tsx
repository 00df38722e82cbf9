import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, waitFor, within } from 'storybook/test'
import type { RetryCountdownProps } from '../../index.js'
import { RetryCountdown } from '../../index.js'
// Story checks compute the expected copy the way the kit does (internal helpers, not public API).
import { formatMessage } from '../../messages/index.js'
import { sampleApiError } from '../../stories/support/errors.js'
import { catalogFor } from '../../stories/support/globals.js'

interface CountdownArgs {
  /** The error's Retry-After, in milliseconds. */
  retryAfterMs: number
  announce: boolean
  maxRetryAfterMs?: number
  onRetry: () => void
}

const meta = {
  title: 'Components/RetryCountdown',
  component: RetryCountdown,
  render: ({ retryAfterMs, announce, maxRetryAfterMs, onRetry }) => (
    <RetryCountdown
      error={sampleApiError({ type: 'RateLimited', retryAfterMs })}
      announce={announce}
      maxRetryAfterMs={maxRetryAfterMs}
      onRetry={onRetry}
    />
  ),
  args: { retryAfterMs: 30_000, announce: true, onRetry: fn() },
  argTypes: { retryAfterMs: { control: { type: 'number', min: 0, step: 1000 } }, error: { control: false } },
  parameters: {
    docs: {
      description: {
        component:
          'Counts the server’s Retry-After down for the eye, once a second; assistive technology hears the wait once, when it starts. At zero it calls `onRetry` when the wait is short enough (`maxRetryAfterMs`, default 60 s).',
      },
    },
  },
} satisfies Meta<CountdownArgs & RetryCountdownProps>

export default meta
type Story = StoryObj<CountdownArgs & RetryCountdownProps>

/** Waiting out a 30 s Retry-After: the visible count, and one announcement. */
export const CountingDown: Story = {
  play: async ({ canvasElement, globals, args }) => {
    const canvas = within(canvasElement)
    const catalog = catalogFor(globals.locale)
    await expect(canvas.getByText(formatMessage(catalog.retryCountdown, { seconds: 30 }))).toHaveAttribute(
      'aria-hidden',
      'true',
    )
    await expect(canvas.getByRole('status')).toHaveTextContent(
      formatMessage(catalog.retryAnnouncement, { seconds: 30 }, catalog.locale),
    )
    await expect(args.onRetry).not.toHaveBeenCalled()
  },
}

/** A 1 s wait: at zero it retries by itself, once, and disappears. */
export const RetriesAtZero: Story = {
  args: { retryAfterMs: 1000 },
  play: async ({ canvasElement, args }) => {
    await waitFor(() => expect(args.onRetry).toHaveBeenCalledOnce(), { timeout: 3000 })
    await expect(canvasElement.querySelector('.rae-countdown')).toBeNull()
  },
}

/** Inside a region that is already live (as in ErrorBanner): shown, not announced again. */
export const InsideALiveRegion: Story = {
  args: { announce: false },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement)
    await expect(canvas.queryByRole('status')).not.toBeInTheDocument()
    await expect(
      canvas.getByText(formatMessage(catalogFor(globals.locale).retryCountdown, { seconds: 30 })),
    ).toBeVisible()
  },
}
