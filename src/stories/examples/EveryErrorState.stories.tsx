import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { useState } from 'react'
import { expect, waitFor, within } from 'storybook/test'
import { apiErrorTypes } from '../../index.js'
import type { ApiErrorDialect } from '../../testing/index.js'
import { everyTypeHandlers } from './OrdersList.mock.js'
import { OrdersList } from './OrdersList.js'

// Every type a response can carry, and Network (no response).
const TYPES = apiErrorTypes.filter((type) => type !== 'Aborted')

/** The app's orders list once per type, each fetching `/api/every/<Type>`. */
function EveryState() {
  const [client] = useState(() => new QueryClient({ defaultOptions: { queries: { retry: false } } }))
  return (
    <QueryClientProvider client={client}>
      <div className="sb-rae-gallery">
        {TYPES.map((type) => (
          <OrdersList key={type} endpoint={`/api/every/${type}`} title={`Orders (${type})`} />
        ))}
      </div>
    </QueryClientProvider>
  )
}

/**
 * The app's own component in each of the 28 states at once, answered by `apiErrorResponse` in one
 * dialect through MSW: each list's banner shows the type the response claims, and axe finds
 * nothing in any of them.
 */
const meta = {
  title: 'Examples/Your own component in every error state/Every type at once',
  tags: ['!autodocs'],
  render: () => <EveryState />,
} satisfies Meta

export default meta

const everyType = (dialect: ApiErrorDialect): StoryObj => ({
  name: `Every type (${dialect})`,
  parameters: { msw: { handlers: { every: everyTypeHandlers(dialect) } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    for (const type of TYPES) {
      const list = canvas.getByRole('region', { name: `Orders (${type})` })
      await waitFor(() => expect(list.querySelector('[data-type]')).toHaveAttribute('data-type', type), {
        timeout: 5000,
      })
    }
  },
})

export const Problem = everyType('problem')
export const Stripe = everyType('stripe')
export const Google = everyType('google')
export const GraphQL = everyType('graphql')
export const JsonApi: StoryObj = { ...everyType('jsonapi'), name: 'Every type (JSON:API)' }
export const Aws: StoryObj = { ...everyType('aws'), name: 'Every type (AWS)' }
