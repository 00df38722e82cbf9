import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { useState } from 'react'
import { expect, waitFor, within } from 'storybook/test'
import { en } from '../../index.js'
import type { ApiErrorType } from '../../index.js'
import { apiErrorQueryDefaults } from '../../query/index.js'
import { ORDERS, ordersHandlers } from './OrdersList.mock.js'
import { OrdersList } from './OrdersList.js'

/**
 * An app's own component — an orders list with `useQuery` and `ErrorBanner` — browsed in every
 * error state: pick one in the "API error" toolbar (and whose bodies in "Error dialect"), and
 * `GET /api/orders` answers with it (`withApiErrors` from `react-api-errors/testing`). The stories
 * below pin a few states and check them.
 */
const meta = {
  title: 'Examples/Your own component in every error state',
  component: OrdersList,
  tags: ['!autodocs'],
  parameters: { msw: { handlers: { orders: ordersHandlers } } },
  decorators: [
    (Story) => {
      // One QueryClient per mount (withApiErrors remounts the story for each choice); no retries, so each state shows at once.
      const [client] = useState(() => new QueryClient({ defaultOptions: apiErrorQueryDefaults({ maxRetries: 0 }) }))
      return (
        <QueryClientProvider client={client}>
          <Story />
        </QueryClientProvider>
      )
    },
  ],
} satisfies Meta<typeof OrdersList>

export default meta

/** The banner the list shows, once it shows one: the type it rendered, its title in the role's name. */
async function bannerOf(canvasElement: HTMLElement, type: Exclude<ApiErrorType, 'Aborted'>): Promise<HTMLElement> {
  const banner = await waitFor(
    () => {
      const found = canvasElement.querySelector<HTMLElement>('[data-type]')
      if (!found) throw new Error('no banner yet')
      return found
    },
    { timeout: 3000 },
  )
  await expect(banner).toHaveAttribute('data-type', type)
  await expect(banner).toHaveAccessibleName(expect.stringContaining(en.types[type].title))
  return banner
}

// verbatim from README ("Test and browse your own error states")
export const Orders: StoryObj = {
  parameters: { apiErrors: { endpoints: ['/api/orders'] } },
}

export const OrdersRateLimited: StoryObj = {
  parameters: { apiErrors: { endpoints: ['/api/orders'], retryAfter: 30 } },
  globals: { apiError: 'RateLimited' },
}
// end of the README snippet

/** "No error" (the default): the story's own handlers answer, and the list shows. */
Orders.play = async ({ canvasElement }) => {
  const canvas = within(canvasElement)
  await expect(await canvas.findByText(`${ORDERS[0]!.number}: ${ORDERS[0]!.total}`)).toBeInTheDocument()
  await expect(canvas.queryByRole('alert')).not.toBeInTheDocument()
}

/** RateLimited, problem+json with `Retry-After: 30`: the banner says when the user may retry (the query refetches itself at the end). */
OrdersRateLimited.play = async ({ canvasElement }) => {
  const banner = await bannerOf(canvasElement, 'RateLimited')
  await expect(banner).toHaveTextContent(/You can retry in (30|29|28) s/)
}

/** Unauthorized as Apollo Server says it (`extensions.code: UNAUTHENTICATED`). */
export const SessionExpiredGraphQL: StoryObj = {
  parameters: { apiErrors: { endpoints: ['/api/orders'] } },
  globals: { apiError: 'Unauthorized', apiErrorDialect: 'graphql' },
  play: async ({ canvasElement }) => {
    await bannerOf(canvasElement, 'Unauthorized')
  },
}

/** QuotaExceeded as a Stripe-shaped body, with Stripe's `Request-Id` header quoted as the reference. */
export const QuotaExceededStripe: StoryObj = {
  parameters: { apiErrors: { endpoints: ['/api/orders'], requestId: 'req_Q8xk2PqL0' } },
  globals: { apiError: 'QuotaExceeded', apiErrorDialect: 'stripe' },
  play: async ({ canvasElement }) => {
    const banner = await bannerOf(canvasElement, 'QuotaExceeded')
    await expect(banner).toHaveTextContent('req_Q8xk2PqL0')
  },
}

/** ResourceNotFound as GitHub says it: a 404 whose body names no code. */
export const NotFoundGitHub: StoryObj = {
  name: 'Not found (GitHub)',
  parameters: { apiErrors: { endpoints: ['/api/orders'] } },
  globals: { apiError: 'ResourceNotFound', apiErrorDialect: 'github' },
  play: async ({ canvasElement }) => {
    await bannerOf(canvasElement, 'ResourceNotFound')
  },
}

/** Unavailable as a Google API says it, `RetryInfo` of 20 s. */
export const UnavailableGoogle: StoryObj = {
  parameters: { apiErrors: { endpoints: ['/api/orders'], retryAfter: 20 } },
  globals: { apiError: 'Unavailable', apiErrorDialect: 'google' },
  play: async ({ canvasElement }) => {
    const banner = await bannerOf(canvasElement, 'Unavailable')
    await expect(banner).toHaveTextContent(/You can retry in (20|19|18) s/)
  },
}

/** Network: the endpoint gives no response at all (MSW's network error). */
export const NetworkFailure: StoryObj = {
  parameters: { apiErrors: { endpoints: ['/api/orders'] } },
  globals: { apiError: 'Network' },
  play: async ({ canvasElement }) => {
    await bannerOf(canvasElement, 'Network')
  },
}
