import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, within } from 'storybook/test'
import type { ApiErrorType, ErrorMessageProps, VisibleApiErrorType } from '../../index.js'
import { ErrorMessage } from '../../index.js'
import { sampleApiError } from '../../stories/support/errors.js'
import { catalogFor } from '../../stories/support/globals.js'
import { StoryProvider } from '../../stories/support/StoryProvider.js'
import fr from '../../messages/locales/fr.js'

interface MessageArgs {
  type: ApiErrorType
  status: number
}

const meta = {
  title: 'Components/ErrorMessage',
  component: ErrorMessage,
  render: ({ type, status }) => (
    <form className="sb-flow" aria-label="Comment">
      <label htmlFor="comment">Comment</label>
      <textarea id="comment" rows={2} defaultValue="Looks good to me" />
      <ErrorMessage error={sampleApiError({ type, status })} />
    </form>
  ),
  args: { type: 'InvalidPayload', status: 0 },
  argTypes: {
    error: { control: false },
    type: { control: 'select', options: ['InvalidPayload', 'Network', 'RateLimited', 'Forbidden', 'Internal'] },
  },
  parameters: {
    docs: {
      description: {
        component:
          'One line under a form or a button: the title and description of the error, as an alert. The icon shape and colour follow the severity.',
      },
    },
  },
  play: async ({ canvasElement, args, globals }) => {
    const copy = catalogFor(globals.locale).types[args.type as VisibleApiErrorType]
    const message = within(canvasElement).getByRole('alert')
    await expect(message).toHaveAttribute('data-type', args.type)
    await expect(message).toHaveTextContent(`${copy.title} ${copy.description}`)
  },
} satisfies Meta<MessageArgs & ErrorMessageProps>

export default meta
type Story = StoryObj<MessageArgs & ErrorMessageProps>

/** A blocking error (severity `error`): the input needs fixing. */
export const InvalidInput: Story = { args: { type: 'InvalidPayload' } }

/** A recoverable failure (severity `warning`). */
export const ConnectionLost: Story = { args: { type: 'Network' } }

/** Informational (severity `info`): the server asked to slow down. */
export const SlowDown: Story = { args: { type: 'RateLimited' } }

/** A server-side failure: catalog copy only, never the server's text. */
export const ServerError: Story = { args: { type: 'Internal', status: 500 } }

/**
 * The title spans the message instead of a narrow column beside the description, in English and
 * in French (whose titles run longer), at the width a form gives it.
 */
export const TitleSpansTheMessage: Story = {
  tags: ['!autodocs'],
  args: { type: 'InvalidPayload' },
  render: ({ type, status }) => (
    <div style={{ width: 534 }}>
      <ErrorMessage error={sampleApiError({ type, status })} />
      <StoryProvider messages={fr} locale="fr">
        <ErrorMessage error={sampleApiError({ type, status })} />
      </StoryProvider>
    </div>
  ),
  play: async ({ canvasElement }) => {
    const messages = within(canvasElement).getAllByRole('alert')
    await expect(messages).toHaveLength(2)
    await expect(messages[1]).toHaveAttribute('lang', 'fr')
    for (const message of messages) {
      const title = message.querySelector('.rae-message__title')!
      const messageWidth = message.getBoundingClientRect().width
      await expect(messageWidth).toBeGreaterThan(500)
      await expect(title.getBoundingClientRect().width).toBeGreaterThan(messageWidth / 2)
    }
  },
}
