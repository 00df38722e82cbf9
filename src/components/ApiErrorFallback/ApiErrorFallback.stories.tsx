import type { Meta, StoryObj } from '@storybook/react-vite'
import { useState } from 'react'
import { ErrorBoundary } from 'react-error-boundary'
import { expect, within } from 'storybook/test'
import type { ApiErrorFallbackProps, ApiErrorType, VisibleApiErrorType } from '../../index.js'
import { ApiErrorFallback } from '../../index.js'
import { sampleApiError } from '../../stories/support/errors.js'
import { catalogFor } from '../../stories/support/globals.js'
import { containing } from '../../stories/support/text.js'

interface FallbackArgs {
  /** What the component under the boundary throws. */
  type: ApiErrorType
  status: number
}
/** The stories render it as react-error-boundary does (the boundary gives the reset function). */
type StoryArgs = FallbackArgs & Extract<ApiErrorFallbackProps, { resetErrorBoundary: unknown }>

function Report({ failing, type, status }: FallbackArgs & { failing: boolean }) {
  const [error] = useState(() => sampleApiError({ type, status }))
  if (failing) throw error
  return <p role="status">Report loaded.</p>
}

/** react-error-boundary with `ApiErrorFallback`: Retry resets the boundary, and the report renders again. */
function Boundary(args: FallbackArgs) {
  const [failing, setFailing] = useState(true)
  return (
    <ErrorBoundary FallbackComponent={ApiErrorFallback} onReset={() => setFailing(false)}>
      <Report failing={failing} {...args} />
    </ErrorBoundary>
  )
}

const meta = {
  title: 'Components/ApiErrorFallback',
  component: ApiErrorFallback,
  render: (args) => <Boundary {...args} />,
  args: { type: 'Internal', status: 500 },
  argTypes: {
    error: { control: false },
    type: { control: 'select', options: ['Internal', 'Unavailable', 'ResourceNotFound', 'Forbidden', 'Timeout'] },
  },
  parameters: {
    // The boundary catches these on purpose: keep React's "error caught by a boundary" log out of the console.
    react: { rootOptions: { onCaughtError: () => undefined } },
    docs: {
      description: {
        component:
          'A `FallbackComponent` for react-error-boundary (and `QueryErrorResetBoundary`): the error as a banner, focused so keyboard and screen reader users land on it; Retry resets the boundary.',
      },
    },
  },
} satisfies Meta<StoryArgs>

export default meta
type Story = StoryObj<StoryArgs>

/** A render threw a 500: the fallback takes focus and offers Retry. */
export const ServerError: Story = {
  play: async ({ canvasElement, args, globals }) => {
    const catalog = catalogFor(globals.locale)
    const banner = within(canvasElement).getByRole('alert', {
      name: containing(catalog.types[args.type as VisibleApiErrorType].title),
    })
    await expect(banner).toHaveFocus()
    await expect(within(banner).getByRole('button', { name: catalog.actions.retry })).toBeInTheDocument()
  },
}

/** A 404: the banner says "not found or no access"; Retry (reset the boundary) is the only button. */
export const NotFound: Story = {
  args: { type: 'ResourceNotFound', status: 404 },
  play: async ({ canvasElement, globals }) => {
    const catalog = catalogFor(globals.locale)
    const banner = within(canvasElement).getByRole('alert', { name: containing(catalog.types.ResourceNotFound.title) })
    await expect(banner).toHaveFocus()
    await expect(
      within(banner)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual([catalog.actions.retry])
  },
}

/** Retry resets the boundary and the content renders. */
export const RecoveredAfterRetry: Story = {
  play: async ({ canvasElement, globals, userEvent }) => {
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: catalogFor(globals.locale).actions.retry }))
    await expect(await canvas.findByRole('status')).toHaveTextContent('Report loaded.')
    await expect(canvas.queryByRole('alert')).not.toBeInTheDocument()
  },
}
