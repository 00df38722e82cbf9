import { useQuery } from '@tanstack/react-query'
import { useId } from 'react'
import { ErrorBanner, readApiError } from '../../index.js'

export interface Order {
  id: string
  number: string
  total: string
}

async function fetchOrders(endpoint: string): Promise<Order[]> {
  const response = await fetch(endpoint)
  if (!response.ok) throw await readApiError(response)
  return (await response.json()) as Order[]
}

/**
 * An app's own component, not the kit's: the orders list a team wants to see in every error
 * state. It fetches with plain `fetch` + `readApiError` and shows failures with `ErrorBanner`.
 */
export function OrdersList({ endpoint = '/api/orders', title = 'Orders' }: { endpoint?: string; title?: string }) {
  const headingId = useId()
  const { data, error, isPending, refetch } = useQuery({
    queryKey: ['orders', endpoint],
    queryFn: () => fetchOrders(endpoint),
  })
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <ErrorBanner error={error} onRetry={refetch} />
      {isPending && !error && <p>Loading orders…</p>}
      {data && (
        <ul>
          {data.map((order) => (
            <li key={order.id}>
              {order.number}: {order.total}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
