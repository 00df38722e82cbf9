import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { useEffect, useState } from 'react'
import type { ComponentType } from 'react'
import { expect, fn, within } from 'storybook/test'
// The README imports these from 'react-api-errors', 'react-api-errors/messages/fr' and
// 'react-api-errors/query'; the stories import the same entries from the sources.
import { ApiErrorProvider, ErrorBanner, ReauthDialog, createApiFetch, createAuthCoordinator } from '../../index.js'
// Story checks compute the expected copy the way the kit does (internal helpers, not public API).
import { formatMessage } from '../../messages/index.js'
import type { ApiFetch } from '../../index.js'
import fr from '../../messages/locales/fr.js'
import { ApiErrorNotifications, apiErrorQueryDefaults, connectApiErrors } from '../../query/index.js'
import { createStoryFetch } from '../support/mockApi.js'
import { containing } from '../support/text.js'
import { MESSAGES, handlers, server } from './Readme.mock.js'

/** What the README's snippets take from the app around them: a router, an auth coordinator, a logger, a queryFn. */
const router = { push: fn() }
const report = fn()
const current: { apiFetch?: ApiFetch } = {}
const queryFn = async () =>
  (await current.apiFetch!('/api/readme/messages')).json() as Promise<Array<{ id: number; text: string }>>

/** The README's provider tree ("Show it in React"), around whatever `App` is. */
function ShowItInReact({ App, auth }: { App: ComponentType; auth: ReturnType<typeof createAuthCoordinator> }) {
  // verbatim from README ("Show it in React")
  const root = (
    <ApiErrorProvider
      messages={fr}
      onSignIn={() => router.push('/login')}
      onUpgrade={() => router.push('/billing')}
      auth={auth}
    >
      <App />
      <ReauthDialog /> {/* once, at the root */}
    </ApiErrorProvider>
  )
  // end of the README snippet
  return root
}

// verbatim from README ("Show it in React")
function Messages() {
  const { data, error, refetch } = useQuery({ queryKey: ['messages'], queryFn })
  return (
    <>
      <ErrorBanner error={error} onRetry={refetch} />
      {data?.map((message) => (
        <p key={message.id}>{message.text}</p>
      ))}
    </>
  )
}
// end of the README snippet

/** The README's QueryClient setup ("With TanStack Query"), built once per mounted story. */
function withTanStackQuery(App: ComponentType, auth: ReturnType<typeof createAuthCoordinator>) {
  // verbatim from README ("With TanStack Query")
  const queryClient = new QueryClient({ defaultOptions: apiErrorQueryDefaults({ maxRetries: 3 }) })
  // The one call per QueryClient (a second throws): re-authenticate and replay, and every error to one
  // onError — a logger, or the Sentry reporter below.
  const disconnect = connectApiErrors(queryClient, { auth, onError: (error, source) => report(error, source) })
  // end of the README snippet
  const Root = () => (
    // verbatim from README ("With TanStack Query")
    <QueryClientProvider client={queryClient}>
      <App />
      <ApiErrorNotifications /> {/* once: background failures nobody shows in place */}
    </QueryClientProvider>
    // end of the README snippet
  )
  return { Root, disconnect }
}

function ReadmeApp() {
  const [app] = useState(() => {
    current.apiFetch = createApiFetch({ fetch: createStoryFetch() })
    const auth = createAuthCoordinator()
    return { auth, ...withTanStackQuery(Messages, auth) }
  })
  useEffect(() => app.disconnect, [app])
  return <ShowItInReact App={app.Root} auth={app.auth} />
}

const meta = {
  title: 'Examples/README',
  tags: ['!autodocs'],
  render: () => <ReadmeApp />,
  parameters: { msw: { handlers: { readme: handlers } } },
} satisfies Meta

export default meta

/**
 * The README's two snippets together, as an app copies them: a 429 with `Retry-After: 1` shows
 * its countdown at once (not "Loading…"), the query fetches again once at zero, the
 * messages load, and the error shown in place is not notified a second time.
 */
export const RateLimitedThenLoaded: StoryObj = {
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement)
    await step('the wait is shown while it lasts', async () => {
      const banner = await canvas.findByRole('status', { name: containing(fr.types.RateLimited.title) })
      // toHaveTextContent collapses French no-break spaces: compare with them collapsed.
      await expect(banner).toHaveTextContent(formatMessage(fr.retryWait, { seconds: 1 }, fr.locale).replace(/\s/g, ' '))
      await expect(server.latest().received).toHaveLength(1)
    })
    await step('one refetch at zero loads the messages', async () => {
      await expect(await canvas.findByText(MESSAGES[1]!.text, undefined, { timeout: 5000 })).toBeInTheDocument()
      await expect(
        canvas.queryByRole('status', { name: containing(fr.types.RateLimited.title) }),
      ).not.toBeInTheDocument()
      await new Promise((resolve) => setTimeout(resolve, 500))
      await expect(server.latest().received).toHaveLength(2)
    })
    await step('the notifications region never repeated it', async () => {
      await expect(
        within(canvas.getByRole('region', { name: 'Notifications' })).queryByRole('listitem'),
      ).not.toBeInTheDocument()
      // connectApiErrors forwarded the 429 to the app's reporter, as the snippet wires it.
      await expect(report).toHaveBeenCalledWith(
        expect.objectContaining({ type: 'RateLimited' }),
        expect.objectContaining({ type: 'query' }),
      )
    })
  },
}
