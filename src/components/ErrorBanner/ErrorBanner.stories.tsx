import type { Meta, StoryContext, StoryObj } from '@storybook/react-vite'
import { expect, fn, within } from 'storybook/test'
import type { ApiErrorType, ErrorBannerProps, VisibleApiErrorType } from '../../index.js'
import { ErrorBanner, parseApiError } from '../../index.js'
// Story checks compute the expected copy the way the kit does (internal helpers, not public API).
import { formatMessage, getErrorSeverity } from '../../messages/index.js'
import { sampleApiError, visibleApiErrorTypes } from '../../stories/support/errors.js'
import { catalogFor } from '../../stories/support/globals.js'
import { StoryProvider } from '../../stories/support/StoryProvider.js'
import { containing } from '../../stories/support/text.js'
import { kitStylesheetApplies, withoutStylesheet } from '../../stories/support/withoutStylesheet.js'

/** The controls of these stories: the error is built from them, then handed to `ErrorBanner`. */
interface BannerArgs {
  type: ApiErrorType
  /** HTTP status; 0 uses the type's default. */
  status: number
  /** Retry-After in milliseconds; empty for none. */
  retryAfterMs?: number
  /** What the server said (developer-facing); shown as a detail only for 4xx with `showServerMessages`. */
  serverMessage?: string
  requestId?: string
  /** The provider's `showServerMessages`. */
  showServerMessages: boolean
  /** Replaces the catalog title. */
  title?: string
  /** Replaces the catalog description. */
  description?: string
  onRetry?: () => void
  onDismiss?: () => void
  onSignIn: () => void
  onUpgrade: () => void
  onRequestAccess: () => void
  onContactSupport: () => void
}

function Banner({
  type,
  status,
  retryAfterMs,
  serverMessage,
  requestId,
  showServerMessages,
  title,
  description,
  onRetry,
  onDismiss,
  onSignIn,
  onUpgrade,
  onRequestAccess,
  onContactSupport,
}: BannerArgs) {
  const error = sampleApiError({ type, status, retryAfterMs, serverMessage, requestId })
  return (
    <StoryProvider
      showServerMessages={showServerMessages}
      onSignIn={onSignIn}
      onUpgrade={onUpgrade}
      onRequestAccess={onRequestAccess}
      onContactSupport={onContactSupport}
    >
      <ErrorBanner
        error={error}
        onRetry={onRetry}
        onDismiss={onDismiss}
        title={title || undefined}
        description={description || undefined}
      />
    </StoryProvider>
  )
}

const meta = {
  title: 'Components/ErrorBanner',
  component: ErrorBanner,
  render: (args) => <Banner {...args} />,
  args: {
    type: 'Internal',
    status: 0,
    showServerMessages: false,
    onRetry: fn(),
    onSignIn: fn(),
    onUpgrade: fn(),
    onRequestAccess: fn(),
    onContactSupport: fn(),
  },
  argTypes: {
    error: {
      control: false,
      description: 'Anything a request failed with. In these stories it is built from the controls below.',
    },
    type: {
      control: 'select',
      options: visibleApiErrorTypes,
      description: 'The error type (the story builds an `ApiError` of it and passes it as `error`).',
    },
    status: { control: { type: 'number', min: 0, max: 599 } },
    retryAfterMs: { control: { type: 'number', min: 0, step: 1000 } },
    serverMessage: { control: 'text' },
    requestId: { control: 'text' },
    showServerMessages: { control: 'boolean' },
    title: { control: 'text' },
    description: { control: 'text' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The drop-in banner: the title, description and the one action an error calls for. Blocking errors are `role="alert"`; errors that fix themselves (rate limits, outages, lost connections) are `role="status"`. One story per error type a user can see.',
      },
    },
  },
} satisfies Meta<BannerArgs & ErrorBannerProps>

export default meta
type Story = StoryObj<BannerArgs & ErrorBannerProps>

/** Checks the banner shows the type's copy in the toolbar's locale, with the role its severity calls for. */
async function showsType({ canvasElement, args, globals }: StoryContext<BannerArgs>) {
  const canvas = within(canvasElement)
  const error = sampleApiError(args)
  const copy = catalogFor(globals.locale).types[args.type as VisibleApiErrorType]
  const banner = canvas.getByRole(getErrorSeverity(error) === 'error' ? 'alert' : 'status', {
    name: containing(copy.title),
  })
  await expect(banner).toHaveAttribute('data-type', args.type)
  await expect(banner).toHaveTextContent(copy.description)
}

/** One story per visible type, named after it. */
const ofType = (type: VisibleApiErrorType): Story => ({ args: { type }, play: showsType })

export const Unauthorized = ofType('Unauthorized')
export const Forbidden = ofType('Forbidden')
export const PaymentRequired = ofType('PaymentRequired')
export const QuotaExceeded = ofType('QuotaExceeded')
export const LimitExceeded = ofType('LimitExceeded')
export const PayloadTooLarge = ofType('PayloadTooLarge')
export const InvalidPayload = ofType('InvalidPayload')
export const UnsupportedMediaType = ofType('UnsupportedMediaType')
export const MethodNotFound = ofType('MethodNotFound')
export const ResourceNotFound = ofType('ResourceNotFound')
// The export's name is the story's: JSON spelled as one word reads "Invalid JSON Schema".
export const InvalidJSONSchema = ofType('InvalidJsonSchema')
export const InvalidDataFormat = ofType('InvalidDataFormat')
export const InvalidIdentifier = ofType('InvalidIdentifier')
export const RelationConflict = ofType('RelationConflict')
export const ReferenceConstraint = ofType('ReferenceConstraint')
export const ReferenceNotFound = ofType('ReferenceNotFound')
export const InvalidQuery = ofType('InvalidQuery')
export const Runtime = ofType('Runtime')
export const AlreadyExists = ofType('AlreadyExists')
export const RateLimited = ofType('RateLimited')
export const BreakingChanges = ofType('BreakingChanges')
export const ResourceLockedConflict = ofType('ResourceLockedConflict')
export const Unknown = ofType('Unknown')
export const Internal = ofType('Internal')
export const Conflict = ofType('Conflict')
export const Unavailable = ofType('Unavailable')
export const Timeout = ofType('Timeout')
export const Network = ofType('Network')

/** Every visible type on one page, as the default copy and actions render them. */
export const AllTypes: Story = {
  name: 'All types',
  parameters: { controls: { disable: true } },
  render: (args) => (
    <StoryProvider
      onSignIn={args.onSignIn}
      onUpgrade={args.onUpgrade}
      onRequestAccess={args.onRequestAccess}
      onContactSupport={args.onContactSupport}
    >
      <ul className="sb-rae-gallery" aria-label="Every error type">
        {visibleApiErrorTypes.map((type) => (
          <li key={type}>
            <code>{type}</code>
            <ErrorBanner error={sampleApiError({ type })} onRetry={args.onRetry} />
          </li>
        ))}
      </ul>
    </StoryProvider>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const items = within(canvas.getByRole('list', { name: 'Every error type' })).getAllByRole('listitem')
    await expect(items).toHaveLength(28)
    await expect(items.map((item) => item.querySelector('[data-type]')?.getAttribute('data-type'))).toEqual([
      ...visibleApiErrorTypes,
    ])
  },
}

/** Every prop and the provider's `showServerMessages`, from the Controls panel. */
export const Playground: Story = {
  args: {
    type: 'Unavailable',
    status: 503,
    retryAfterMs: 30_000,
    serverMessage: 'Upstream database is in maintenance',
    requestId: 'req_5Kd9Qe',
    showServerMessages: true,
    onDismiss: fn(),
  },
  play: async ({ canvasElement, args, globals, userEvent }) => {
    const canvas = within(canvasElement)
    const catalog = catalogFor(globals.locale)
    // Inside the server's 30 s wait, Retry is held: a press sends nothing.
    const retry = canvas.getByRole('button', { name: catalog.actions.retry })
    await expect(retry).toHaveAttribute('aria-disabled', 'true')
    await userEvent.click(retry)
    await expect(args.onRetry).not.toHaveBeenCalled()
    // A 5xx message never reaches the user, even with showServerMessages.
    await expect(canvas.getByRole('status')).not.toHaveTextContent('Upstream database')
    await expect(canvas.getByRole('status')).toHaveTextContent('req_5Kd9Qe')
  },
}

/**
 * Without the stylesheet, the countdown still reads as one sentence: the text for assistive
 * technology is hidden by an inline style, not only by a class.
 */
export const CountdownWithoutStylesheet: Story = {
  tags: ['!autodocs'],
  args: { type: 'RateLimited', retryAfterMs: 5000, onRetry: undefined },
  beforeEach: withoutStylesheet,
  play: async ({ canvasElement, globals }) => {
    const catalog = catalogFor(globals.locale)
    await expect(kitStylesheetApplies()).toBe(false)
    const banner = within(canvasElement).getByRole('status', { name: containing(catalog.types.RateLimited.title) })
    const countdown = banner.querySelector<HTMLElement>('.rae-countdown')!
    // What the eye sees: the wait, once (no onRetry, so no promise to retry).
    await expect(countdown.querySelector('[aria-hidden="true"]')).toHaveTextContent(
      formatMessage(catalog.retryWait, { seconds: 5 }, catalog.locale).replace(/\s/g, ' '),
    )
    const spoken = countdown.querySelector<HTMLElement>(':scope > :not([aria-hidden])')!
    await expect(spoken).toHaveTextContent(
      formatMessage(catalog.retryWaitAnnouncement, { seconds: 5 }, catalog.locale).replace(/\s/g, ' '),
    )
    const box = spoken.getBoundingClientRect()
    await expect(box.width).toBeLessThanOrEqual(1)
    await expect(box.height).toBeLessThanOrEqual(1)
  },
}

/**
 * A declined card (Stripe 402 `card_declined`): "payment failed" and the payment-method action, not
 * an upgrade. Stripe writes card-error messages for customers, so with `showServerMessages` the
 * banner shows it as the detail.
 */
export const CardDeclined: Story = {
  args: { type: 'PaymentRequired', showServerMessages: true },
  render: ({ showServerMessages, onUpgrade }) => (
    <StoryProvider showServerMessages={showServerMessages} onUpgrade={onUpgrade}>
      <ErrorBanner
        error={parseApiError({
          status: 402,
          headers: { 'request-id': 'req_Lw4Jd2' },
          data: { error: { type: 'card_error', code: 'card_declined', message: 'Your card was declined.' } },
        })}
      />
    </StoryProvider>
  ),
  play: async ({ canvasElement, globals, args, userEvent }) => {
    const catalog = catalogFor(globals.locale)
    const banner = within(canvasElement).getByRole('alert', { name: containing(catalog.paymentFailed.title) })
    await expect(banner).toHaveTextContent(catalog.paymentFailed.description)
    await expect(banner).toHaveTextContent('Your card was declined.')
    await expect(banner).not.toHaveTextContent(catalog.types.PaymentRequired.title)
    // Without onUpdatePayment, the app's billing callback (onUpgrade) takes the payment-method action.
    await userEvent.click(within(banner).getByRole('button', { name: catalog.actions.updatePayment }))
    await expect(args.onUpgrade).toHaveBeenCalledWith(expect.objectContaining({ action: 'updatePayment' }))
  },
}
