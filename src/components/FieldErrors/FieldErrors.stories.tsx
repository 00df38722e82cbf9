import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, within } from 'storybook/test'
import type { FieldError, FieldErrorsProps } from '../../index.js'
import { ApiError, FieldErrors, readApiError } from '../../index.js'
// Story checks compute the expected copy the way the kit does (internal helpers, not public API).
import { formatMessage } from '../../messages/index.js'
import { catalogFor } from '../../stories/support/globals.js'

interface FieldErrorsArgs {
  fieldErrors: FieldError[]
  labels?: Record<string, string>
}

const meta = {
  title: 'Components/FieldErrors',
  component: FieldErrors,
  render: ({ fieldErrors, labels }, { loaded }) => (
    <FieldErrors
      error={
        (loaded.error as ApiError | undefined) ?? new ApiError({ type: 'InvalidDataFormat', status: 422, fieldErrors })
      }
      labels={labels}
    />
  ),
  args: {
    fieldErrors: [
      { path: 'email', message: 'is already registered' },
      { path: 'address.0.zip', message: 'must have 5 digits' },
    ],
  },
  argTypes: { error: { control: false } },
  parameters: {
    docs: {
      description: {
        component:
          'The fields the server rejected, as a list (an alert). To mark one input, read its message with `getFieldError(error, path)`: see the *Validation errors* flow.',
      },
    },
  },
} satisfies Meta<FieldErrorsArgs & FieldErrorsProps>

export default meta
type Story = StoryObj<FieldErrorsArgs & FieldErrorsProps>

const items = (canvasElement: HTMLElement) =>
  within(canvasElement)
    .getAllByRole('listitem')
    .map((item) => item.textContent)

/** Two rejected fields, under their paths. */
export const TwoFieldsRejected: Story = {
  play: async ({ canvasElement, globals }) => {
    await expect(
      within(canvasElement).getByRole('alert', {
        name: formatMessage(
          catalogFor(globals.locale).fieldErrorsTitle,
          { count: 2 },
          catalogFor(globals.locale).locale,
        ),
      }),
    ).toBeInTheDocument()
    await expect(items(canvasElement)).toEqual(['email: is already registered', 'address.0.zip: must have 5 digits'])
  },
}

/** With the form's own labels instead of the API's paths. */
export const WithFieldLabels: Story = {
  args: { labels: { email: 'Email', 'address.0.zip': 'Postcode' } },
  play: async ({ canvasElement }) => {
    await expect(items(canvasElement)).toEqual(['Email: is already registered', 'Postcode: must have 5 digits'])
  },
}

/** A very long server message is cut at 200 characters. */
export const LongMessageTruncated: Story = {
  args: { fieldErrors: [{ path: 'bio', message: `must not contain links: ${'https://spam.example/ '.repeat(20)}` }] },
  play: async ({ canvasElement }) => {
    const [text] = items(canvasElement)
    await expect(text).toMatch(/…$/)
    await expect(text!.length).toBeLessThanOrEqual('bio: '.length + 200)
  },
}

/** Read from a real response: RFC 9457 problem details, `errors[].pointer` turned into paths. */
export const FromProblemDetails: Story = {
  loaders: [
    async () => ({
      error: await readApiError(
        new Response(
          JSON.stringify({
            type: 'https://api.example.com/problems/validation',
            title: 'Invalid input',
            status: 422,
            errors: [{ pointer: '/items/2/quantity', detail: 'must be 1 or more' }],
          }),
          {
            status: 422,
            headers: { 'content-type': 'application/problem+json' },
          },
        ),
      ),
    }),
  ],
  play: async ({ canvasElement }) => {
    await expect(items(canvasElement)).toEqual(['items.2.quantity: must be 1 or more'])
  },
}
