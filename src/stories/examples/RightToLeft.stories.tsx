import type { Meta, StoryObj } from '@storybook/react-vite'
import { useEffect, useState } from 'react'
import { expect, fn, waitFor, within } from 'storybook/test'
import {
  ApiError,
  ApiErrorFallback,
  ErrorBanner,
  ErrorMessage,
  FieldErrors,
  ReauthDialog,
  RetryCountdown,
  UpgradePrompt,
  createAuthCoordinator,
  en,
} from '../../index.js'
// Story checks compute the expected copy the way the kit does (internal helpers, not public API).
import { formatMessage } from '../../messages/index.js'
import ar from '../../messages/locales/ar.js'
import { sampleApiError } from '../support/errors.js'
import { StoryProvider } from '../support/StoryProvider.js'
import { containing } from '../support/text.js'

/**
 * Every component in Arabic (`react-api-errors/messages/ar`): it sets `dir="rtl"` itself and lays
 * out mirrored, with ids and field paths isolated so Latin text keeps its order. The play
 * functions measure the layout: in a right-to-left banner the icon is at the right edge and the
 * actions at the left.
 */
const meta = {
  title: 'Examples/Right to left',
  tags: ['!autodocs'],
  globals: { locale: 'ar' },
} satisfies Meta

export default meta

/** The callbacks a story spies on. */
interface Callbacks {
  onRetry?: () => void
  onDismiss?: () => void
  onUpgrade?: () => void
  resetErrorBoundary?: () => void
}
type Story = StoryObj<Callbacks>

const serverError = sampleApiError({ type: 'Internal', requestId: 'req_9Fm4Lp' })
/** Pixels of padding and border a component may keep between its edge and its first or last child. */
const EDGE = 24

function box(root: Element, selector: string): DOMRect {
  const element = root.querySelector(selector)
  if (!element) throw new Error(`${selector} is missing`)
  return element.getBoundingClientRect()
}

/** The icon at the right edge of `root`, the text to its left, and the actions (if any) left of the text, at the left edge. */
async function expectMirrored(root: Element, body: string, actions?: string) {
  const outer = root.getBoundingClientRect()
  const icon = box(root, '.rae-icon')
  const text = box(root, body)
  await expect(outer.right - icon.right).toBeLessThanOrEqual(EDGE)
  await expect(icon.left).toBeGreaterThanOrEqual(text.right)
  if (!actions) return
  const buttons = box(root, actions)
  await expect(buttons.right).toBeLessThanOrEqual(text.left)
  await expect(buttons.left - outer.left).toBeLessThanOrEqual(EDGE)
}

/** ErrorBanner: a 500 with its support reference, Retry and Dismiss. */
export const ErrorBannerServerError: Story = {
  name: 'ErrorBanner: server error with reference',
  args: { onRetry: fn(), onDismiss: fn() },
  render: (args) => (
    <div className="sb-rae-wide">
      <ErrorBanner error={serverError} onRetry={args.onRetry} onDismiss={args.onDismiss} />
    </div>
  ),
  play: async ({ canvasElement, args, userEvent }) => {
    const banner = within(canvasElement).getByRole('alert', { name: containing(ar.types.Internal.title) })
    await expect(banner).toHaveAttribute('dir', 'rtl')
    await expect(banner).toHaveAttribute('lang', 'ar')
    await expectMirrored(banner, '.rae-banner__body', '.rae-banner__actions')
    // The id is isolated: it reads left to right inside the Arabic sentence.
    await expect(banner.querySelector('.rae-banner__reference')?.textContent).toBe('المرجع: \u2068req_9Fm4Lp\u2069')
    await userEvent.click(within(banner).getByRole('button', { name: ar.actions.retry }))
    await expect(args.onRetry).toHaveBeenCalledOnce()
  },
}

/** An English banner on a page that says `dir="rtl"` (an app with its own Arabic shell): mirrored too. */
export const ErrorBannerOnRightToLeftPage: Story = {
  name: 'ErrorBanner: English copy on a right-to-left page',
  globals: { locale: 'en' },
  args: { onRetry: fn() },
  render: (args) => (
    <div className="sb-rae-wide" dir="rtl">
      <ErrorBanner error={serverError} onRetry={args.onRetry} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const banner = within(canvasElement).getByRole('alert', { name: containing(en.types.Internal.title) })
    await expect(banner).not.toHaveAttribute('dir')
    await expectMirrored(banner, '.rae-banner__body', '.rae-banner__actions')
  },
}

/** ErrorMessage: the connection dropped; the icon leads at the right. */
export const ErrorMessageConnectionLost: Story = {
  name: 'ErrorMessage: connection lost',
  render: () => <ErrorMessage error={sampleApiError({ type: 'Network' })} />,
  play: async ({ canvasElement }) => {
    const message = within(canvasElement).getByRole('alert')
    await expect(message).toHaveAttribute('dir', 'rtl')
    await expect(message).toHaveTextContent(ar.types.Network.description)
    await expectMirrored(message, '.rae-message__title')
  },
}

/** RetryCountdown: waiting out a 30 s Retry-After; 30 takes the Arabic singular after a number of 11–99. */
export const RetryCountdownCountingDown: Story = {
  name: 'RetryCountdown: counting down',
  args: { onRetry: fn() },
  render: (args) => (
    <RetryCountdown error={sampleApiError({ type: 'RateLimited', retryAfterMs: 30_000 })} onRetry={args.onRetry} />
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByText(formatMessage(ar.retryCountdown, { seconds: 30 }))).toHaveAttribute(
      'aria-hidden',
      'true',
    )
    await expect(canvas.getByRole('status')).toHaveTextContent('ستعاد المحاولة تلقائيًا بعد 30 ثانية.')
    await expect(canvasElement.querySelector('.rae-countdown')).toHaveAttribute('dir', 'rtl')
  },
}

/** A request waits for the user: the dialog (mounted first, so it is registered) opens. */
function SessionExpired() {
  const [auth] = useState(() => createAuthCoordinator())
  useEffect(() => void auth.reauthenticate(), [auth])
  return (
    <StoryProvider auth={auth}>
      <ReauthDialog onSignIn={() => true} />
    </StoryProvider>
  )
}

/** ReauthDialog: open, as when a refresh failed and a request waits for the user. */
export const ReauthDialogOpen: Story = {
  name: 'ReauthDialog: session expired',
  render: () => <SessionExpired />,
  play: async ({ canvasElement }) => {
    const dialog = await within(canvasElement).findByRole('dialog', { name: ar.reauth.title })
    await expect(dialog).toHaveAttribute('dir', 'rtl')
    await expect(dialog).toHaveAccessibleDescription(ar.reauth.description)
    const [signIn, cancel] = within(dialog).getAllByRole('button')
    await expect(signIn).toHaveTextContent(ar.reauth.signIn)
    await expect(signIn).toHaveFocus()
    // The first action sits at the inline start: the right.
    await expect(signIn!.getBoundingClientRect().left).toBeGreaterThan(cancel!.getBoundingClientRect().right)
  },
}

/** UpgradePrompt: a quota the plan can raise. */
export const UpgradePromptQuotaReached: Story = {
  name: 'UpgradePrompt: quota reached',
  args: { onUpgrade: fn() },
  render: (args) => (
    <div className="sb-rae-wide">
      <UpgradePrompt error={sampleApiError({ type: 'QuotaExceeded' })} onUpgrade={args.onUpgrade} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const prompt = within(canvasElement).getByRole('alert', { name: ar.types.QuotaExceeded.title })
    await expect(prompt).toHaveAttribute('dir', 'rtl')
    await expect(within(prompt).getByRole('button')).toHaveTextContent(ar.actions.raiseQuota)
    await expectMirrored(prompt, '.rae-upgrade__body', '.rae-button')
  },
}

/** FieldErrors: two fields, so the heading takes the Arabic dual; each path keeps its order. */
export const FieldErrorsTwoFieldsRejected: Story = {
  name: 'FieldErrors: two fields rejected',
  render: () => (
    <FieldErrors
      error={
        new ApiError({
          type: 'InvalidDataFormat',
          status: 422,
          fieldErrors: [
            { path: 'email', message: 'مُسجّل بالفعل' },
            { path: 'items[0].qty', message: 'يجب أن يكون 1 أو أكثر' },
          ],
        })
      }
    />
  ),
  play: async ({ canvasElement }) => {
    const list = within(canvasElement).getByRole('alert', { name: 'مشكلتان يجب إصلاحهما' })
    await expect(list).toHaveAttribute('dir', 'rtl')
    const paths = [...list.querySelectorAll('bdi')].map((path) => path.textContent)
    await expect(paths).toEqual(['email', 'items[0].qty'])
  },
}

/** ApiErrorFallback: a render threw a 500; the banner takes focus, Retry resets the boundary. */
export const ApiErrorFallbackServerError: Story = {
  name: 'ApiErrorFallback: server error',
  args: { resetErrorBoundary: fn() },
  render: (args) => (
    <div className="sb-rae-wide">
      <ApiErrorFallback error={serverError} resetErrorBoundary={args.resetErrorBoundary ?? (() => undefined)} />
    </div>
  ),
  play: async ({ canvasElement, args, userEvent }) => {
    const banner = within(canvasElement).getByRole('alert', { name: containing(ar.types.Internal.title) })
    await waitFor(() => expect(banner).toHaveFocus())
    await expectMirrored(banner, '.rae-banner__body', '.rae-banner__actions')
    await userEvent.click(within(banner).getByRole('button', { name: ar.actions.retry }))
    await expect(args.resetErrorBoundary).toHaveBeenCalled()
  },
}
