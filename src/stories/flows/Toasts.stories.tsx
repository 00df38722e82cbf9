import { QueryClient, QueryClientProvider, useQueryClient } from '@tanstack/react-query'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { useEffect, useState } from 'react'
import type { ReactNode } from 'react'
import { Toaster, toast } from 'sonner'
import { expect, waitFor, within } from 'storybook/test'
import { describeApiError } from '../../index.js'
import { apiErrorQueryDefaults, connectApiErrors } from '../../query/index.js'
import { useApiErrorContext } from '../../react/index.js'
import { catalogFor } from '../support/globals.js'
import { useStoryApiFetch } from '../support/mockApi.js'
import { REPORT_FAILURE, handlers, server } from './Toasts.mock.js'

/** A QueryClient whose failures become sonner toasts with the kit's copy, one per kind of failure. */
function ToastingQueries({ children }: { children: ReactNode }) {
  const { catalog } = useApiErrorContext()
  const [queryClient] = useState(
    () =>
      new QueryClient({
        defaultOptions: apiErrorQueryDefaults({ queries: { retry: false, refetchOnWindowFocus: false } }),
      }),
  )
  useEffect(
    () =>
      connectApiErrors(queryClient, {
        onError: (error) => {
          const { title, description, severity } = describeApiError(error, { messages: catalog })
          // The same kind of failure updates its toast instead of stacking another.
          toast[severity](title, { id: `${error.type}:${error.status}`, description })
        },
      }),
    [queryClient, catalog],
  )
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
}

function Dashboard() {
  const apiFetch = useStoryApiFetch()
  const queryClient = useQueryClient()
  const load = (name: 'report' | 'search') =>
    void queryClient
      .fetchQuery({ queryKey: [name, Math.random()], queryFn: () => apiFetch(`/api/flows/toasts/${name}`) })
      .catch(() => undefined)
  return (
    <section className="sb-flow" aria-labelledby="toasts-title">
      <h2 id="toasts-title">Dashboard</h2>
      <button type="button" className="rae-button" onClick={() => load('report')}>
        Refresh report
      </button>{' '}
      <button type="button" className="rae-button" onClick={() => load('search')}>
        Search
      </button>
      <Toaster />
    </section>
  )
}

const meta = {
  title: 'Flows/Toasts (sonner)',
  tags: ['!autodocs'],
  render: () => (
    <ToastingQueries>
      <Dashboard />
    </ToastingQueries>
  ),
  parameters: { msw: { handlers: { toasts: handlers } } },
} satisfies Meta

export default meta

/** Three failed refreshes (500) → one error toast with the banner's copy; a rate-limited search (429) → one notice toast. */
export const OneToastPerKindOfFailure: StoryObj = {
  play: async ({ canvasElement, globals, step, userEvent }) => {
    const canvas = within(canvasElement)
    const catalog = catalogFor(globals.locale)
    const toasts = () => within(canvas.getByRole('region', { name: /Notifications/ })).queryAllByRole('listitem')

    await step('the same failure three times shows one toast', async () => {
      for (let attempt = 1; attempt <= 3; attempt += 1) {
        await userEvent.click(canvas.getByRole('button', { name: 'Refresh report' }))
        await waitFor(() => expect(server.latest().received).toHaveLength(attempt))
      }
      await waitFor(() => expect(toasts()).toHaveLength(1))
      const [failure] = toasts()
      await expect(failure).toHaveTextContent(catalog.types.Internal.title)
      await expect(failure).toHaveTextContent(catalog.types.Internal.description)
      await expect(failure).toHaveAttribute('data-type', 'error')
      await expect(canvasElement).not.toHaveTextContent(REPORT_FAILURE)
    })

    await step('another kind of failure gets its own toast, with its severity', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'Search' }))
      await waitFor(() => expect(toasts()).toHaveLength(2))
      const limited = toasts().find((item) => item.textContent?.includes(catalog.types.RateLimited.title))
      await expect(limited).toHaveAttribute('data-type', 'info')
    })
  },
}
