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
import { MESSAGES, RETRY_AFTER_S, handlers, server } from './RateLimited.mock.js'

/** An inbox loaded with useQuery: while the query waits out Retry-After, the banner shows why and counts down. */
function Inbox() {
  const apiFetch = useStoryApiFetch()
  const inbox = useQuery({
    queryKey: ['messages'],
    queryFn: async () => (await (await apiFetch('/api/flows/rate-limited/messages')).json()) as { messages: string[] },
  })
  return (
    <section className="sb-flow" aria-labelledby="inbox-title">
      <h2 id="inbox-title">Inbox</h2>
      {/* A server-given wait is the query's error at once (apiErrorQueryDefaults): the banner counts it down, the query refetches at zero. */}
      <ErrorBanner error={inbox.error} onRetry={inbox.refetch} />
      {inbox.data && (
        <ul aria-label="Messages">
          {inbox.data.messages.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
    </section>
  )
}

const meta = {
  title: 'Flows/Rate limited',
  tags: ['!autodocs'],
  render: () => (
    <QueryFlow>
      <Inbox />
    </QueryFlow>
  ),
  parameters: { msw: { handlers: { rateLimited: handlers } } },
} satisfies Meta

export default meta

/**
 * 429 with `Retry-After: 2` → the banner counts down, its Retry held (a press sends nothing) →
 * the query refetches once at zero → the inbox loads.
 */
export const RetriedAfterCountdown: StoryObj = {
  play: async ({ canvasElement, globals, step, userEvent }) => {
    const canvas = within(canvasElement)
    const catalog = catalogFor(globals.locale)

    await step('the rate limit is explained, with a countdown', async () => {
      const banner = await canvas.findByRole('status', { name: containing(catalog.types.RateLimited.title) })
      await expect(banner).toHaveTextContent(formatMessage(catalog.retryWait, { seconds: RETRY_AFTER_S }))
    })

    await step('Retry pressed during the wait sends nothing, and says it is held', async () => {
      const retry = canvas.getByRole('button', { name: catalog.actions.retry })
      await expect(retry).toHaveAttribute('aria-disabled', 'true')
      await userEvent.click(retry)
      await expect(retry).toHaveFocus()
      await expect(server.latest().received).toHaveLength(1)
    })

    await step('the automatic retry succeeds', async () => {
      const list = await canvas.findByRole('list', { name: 'Messages' }, { timeout: 5000 })
      await expect(
        within(list)
          .getAllByRole('listitem')
          .map((item) => item.textContent),
      ).toEqual(MESSAGES)
      await expect(
        canvas.queryByRole('status', { name: containing(catalog.types.RateLimited.title) }),
      ).not.toBeInTheDocument()
    })

    await step('the retry waited for Retry-After, and was the only one', async () => {
      const { received } = server.latest()
      await expect(received).toHaveLength(2)
      await expect(received[1]!.at - received[0]!.at).toBeGreaterThanOrEqual(RETRY_AFTER_S * 1000 - 50)
    })
  },
}
