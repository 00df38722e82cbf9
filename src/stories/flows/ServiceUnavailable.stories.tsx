import { useQuery } from '@tanstack/react-query'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, within } from 'storybook/test'
import { ErrorBanner } from '../../index.js'
// Story checks compute the expected copy the way the kit does (internal helpers, not public API).
import { formatMessage } from '../../messages/index.js'
import { catalogFor } from '../support/globals.js'
import { useStoryApiFetch } from '../support/mockApi.js'
import { QueryFlow } from '../support/QueryFlow.js'
import { containing } from '../support/text.js'
import { handlers, server } from './ServiceUnavailable.mock.js'

interface Orders {
  orders: { id: string; total: string }[]
}

function OrdersPage() {
  const apiFetch = useStoryApiFetch()
  const orders = useQuery({
    queryKey: ['orders'],
    queryFn: async () => (await (await apiFetch('/api/flows/unavailable/orders')).json()) as Orders,
  })
  const problem = orders.error ?? orders.failureReason
  return (
    <section className="sb-flow" aria-labelledby="orders-title">
      <h2 id="orders-title">Orders</h2>
      {problem && <ErrorBanner error={problem} onRetry={() => void orders.refetch({ cancelRefetch: false })} />}
      {orders.data && (
        <table>
          <caption>Recent orders</caption>
          <thead>
            <tr>
              <th scope="col">Order</th>
              <th scope="col">Total</th>
            </tr>
          </thead>
          <tbody>
            {orders.data.orders.map((order) => (
              <tr key={order.id}>
                <td>{order.id}</td>
                <td>{order.total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}

const meta = {
  title: 'Flows/Service unavailable',
  tags: ['!autodocs'],
  render: () => (
    <QueryFlow>
      <OrdersPage />
    </QueryFlow>
  ),
  parameters: { msw: { handlers: { unavailable: handlers } } },
} satisfies Meta

export default meta

/** 503 with `Retry-After: 1` → a warning with a countdown (no server text shown) → the retry recovers the page. */
export const RecoveredAfterRetryAfter: StoryObj = {
  play: async ({ canvasElement, globals, step }) => {
    const canvas = within(canvasElement)
    const catalog = catalogFor(globals.locale)

    await step('the outage is a warning with a countdown, without the gateway text', async () => {
      const banner = await canvas.findByRole('status', { name: containing(catalog.types.Unavailable.title) })
      await expect(banner).toHaveAttribute('data-severity', 'warning')
      await expect(banner).toHaveTextContent(formatMessage(catalog.retryWait, { seconds: 1 }))
      await expect(banner).not.toHaveTextContent('upstream')
    })

    await step('the retry after Retry-After recovers the page', async () => {
      const table = await canvas.findByRole('table', { name: 'Recent orders' }, { timeout: 5000 })
      await expect(within(table).getAllByRole('row')).toHaveLength(3)
      await expect(
        canvas.queryByRole('status', { name: containing(catalog.types.Unavailable.title) }),
      ).not.toBeInTheDocument()
      const { received } = server.latest()
      await expect(received).toHaveLength(2)
      await expect(received[1]!.at - received[0]!.at).toBeGreaterThanOrEqual(950)
    })
  },
}
