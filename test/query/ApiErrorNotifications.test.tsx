import { QueryClientProvider, useMutation, useQuery } from '@tanstack/react-query'
import { act, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { ApiError, en } from '../../src/index.js'
import { ApiErrorNotifications } from '../../src/query/index.js'
import { client, hitsOf, json, renderWithClient, setUpQueryTests } from './api.js'

const { server, newClient } = setUpQueryTests({ maxRetries: 0 })

type Reply = [status: number, body: Record<string, unknown>]
/** Answers each reply in turn, then repeats the last one. */
function script(path: string, ...replies: Reply[]) {
  let calls = 0
  server.routes[path] = (_req, res) => {
    const [status, body] = replies[Math.min(calls++, replies.length - 1)] as Reply
    json(res, status, body)
  }
}
const ok = (name: string): Reply => [200, { name }]
const down = (id?: string): Reply => [503, { message: 'maintenance', ...(id ? { id } : {}) }]

type Api = ReturnType<typeof client>

function Feed({ api, path, meta }: { api: Api; path: string; meta?: Record<string, unknown> }) {
  const query = useQuery({
    queryKey: [path],
    queryFn: ({ signal }) => api.get<{ name: string }>(path, signal),
    meta,
    throwOnError: false,
  })
  return <p>{query.data ? `${path}: ${query.data.name}` : query.isError ? `${path} failed` : `${path} loading`}</p>
}

const region = () => screen.getByRole('region', { name: 'Notifications' })
/** The banners in the region, in display order (one per list item). */
const banners = () =>
  within(region())
    .queryAllByRole('listitem')
    .map((item) => item.firstElementChild as HTMLElement)

async function setup(paths: Array<{ path: string; meta?: Record<string, unknown> }>, max?: number) {
  const api = client(server)
  const view = renderWithClient(
    <>
      <ApiErrorNotifications max={max} />
      {paths.map(({ path, meta }) => (
        <Feed key={path} api={api} path={path} meta={meta} />
      ))}
    </>,
    undefined,
    newClient(),
  )
  for (const { path } of paths) await screen.findByText(new RegExp(`^${path}: `))
  return { ...view, api, refetch: () => act(() => view.queryClient.refetchQueries()) }
}

describe('ApiErrorNotifications', () => {
  it('shows a background refetch failure of a query that still has data, once, in a named region', async () => {
    script('/feed', ok('v1'), down())
    const { refetch } = await setup([{ path: '/feed' }])
    expect(region()).toBeEmptyDOMElement()

    await refetch()
    await waitFor(() => expect(banners()).toHaveLength(1))
    const banner = within(region()).getByRole('status', { name: new RegExp(en.types.Unavailable.title) })
    expect(banner).toBe(banners()[0])
    expect(banner).toHaveAttribute('data-type', 'Unavailable')
    // The page keeps its data: the failure is reported, not thrown.
    expect(screen.getByText('/feed: v1')).toBeInTheDocument()
  })

  it('leaves errors of queries without data to the page', async () => {
    script('/feed', ok('v1'), down())
    script('/missing', [404, { type: 'ResourceNotFound' }])
    const api = client(server)
    const { queryClient } = renderWithClient(
      <>
        <ApiErrorNotifications />
        <Feed api={api} path="/feed" />
        <Feed api={api} path="/missing" />
      </>,
      undefined,
      newClient(),
    )
    expect(await screen.findByText('/missing failed')).toBeInTheDocument()
    await screen.findByText('/feed: v1')
    await act(() => queryClient.refetchQueries({ queryKey: ['/feed'] }))
    await waitFor(() => expect(banners()).toHaveLength(1))
    expect(banners()[0]).toHaveAttribute('data-type', 'Unavailable')
  })

  it('shows two queries failing the same way as one banner with the newest error', async () => {
    script('/a', ok('a'), down('req_a'))
    script('/b', ok('b'), down('req_b'))
    const { queryClient } = await setup([{ path: '/a' }, { path: '/b' }])

    await act(() => queryClient.refetchQueries({ queryKey: ['/a'] }))
    await waitFor(() => expect(banners()).toHaveLength(1))
    expect(banners()[0]).toHaveTextContent('Reference: \u2068req_a\u2069')
    await act(() => queryClient.refetchQueries({ queryKey: ['/b'] }))
    await waitFor(() => expect(banners()[0]).toHaveTextContent('Reference: \u2068req_b\u2069'))
    expect(banners()).toHaveLength(1)
  })

  it('removes a banner on Dismiss, and shows the next failure again', async () => {
    const user = userEvent.setup()
    script('/feed', ok('v1'), down('first'), down('second'))
    const { refetch } = await setup([{ path: '/feed' }])
    await refetch()
    await waitFor(() => expect(banners()).toHaveLength(1))

    await user.click(within(region()).getByRole('button', { name: 'Dismiss' }))
    expect(banners()).toHaveLength(0)

    await refetch()
    await waitFor(() => expect(banners()).toHaveLength(1))
    expect(banners()[0]).toHaveTextContent('Reference: \u2068second\u2069')
  })

  it('goes away when the query recovers, through its Retry button', async () => {
    const user = userEvent.setup()
    script('/feed', ok('v1'), down(), ok('v2'))
    const { refetch } = await setup([{ path: '/feed' }])
    await refetch()
    await waitFor(() => expect(banners()).toHaveLength(1))

    await user.click(within(region()).getByRole('button', { name: en.actions.retry }))
    expect(await screen.findByText('/feed: v2')).toBeInTheDocument()
    await waitFor(() => expect(banners()).toHaveLength(0))
    expect(hitsOf(server, '/feed')).toHaveLength(3)
  })

  it('shows nothing for queries that opt out with meta: { apiErrors: false }', async () => {
    script('/quiet', ok('q'), down())
    script('/loud', ok('l'), [403, { type: 'Forbidden' }])
    const { queryClient } = await setup([{ path: '/quiet', meta: { apiErrors: false } }, { path: '/loud' }])
    await act(() => queryClient.refetchQueries({ queryKey: ['/quiet'] }))
    expect(queryClient.getQueryState(['/quiet'])?.status).toBe('error')
    await act(() => queryClient.refetchQueries({ queryKey: ['/loud'] }))
    await waitFor(() => expect(banners()).toHaveLength(1))
    expect(banners()[0]).toHaveAttribute('data-type', 'Forbidden')
  })

  it('shows at most `max`, newest first', async () => {
    script('/a', ok('a'), down())
    script('/b', ok('b'), [403, { type: 'Forbidden' }])
    script('/c', ok('c'), [409, { type: 'Conflict' }])
    script('/d', ok('d'), [500, {}])
    const { queryClient } = await setup([{ path: '/a' }, { path: '/b' }, { path: '/c' }, { path: '/d' }], 2)
    for (const path of ['/a', '/b', '/c', '/d']) await act(() => queryClient.refetchQueries({ queryKey: [path] }))
    await waitFor(() => expect(banners().map((banner) => banner.dataset.type)).toEqual(['Internal', 'Conflict']))
  })

  it('shows three by default', async () => {
    for (const [path, status] of [
      ['/a', 503],
      ['/b', 403],
      ['/c', 409],
      ['/d', 500],
    ] as const)
      script(path, ok(path), [status, {}])
    const { refetch } = await setup([{ path: '/a' }, { path: '/b' }, { path: '/c' }, { path: '/d' }])
    await refetch()
    await waitFor(() => expect(banners()).toHaveLength(3))
  })

  it('shows mutations without their own onError, and not those with one or aborted ones', async () => {
    const user = userEvent.setup()
    script('/notes', [409, { type: 'AlreadyExists' }])
    script('/other', [403, { type: 'Forbidden' }])
    const api = client(server)
    function Save({ path, onError }: { path: string; onError?: () => void }) {
      const mutation = useMutation({ mutationFn: () => api.post(path, {}), onError })
      return (
        <button type="button" onClick={() => mutation.mutate()}>
          Save {path}
        </button>
      )
    }
    function Abort() {
      const mutation = useMutation({ mutationFn: () => Promise.reject(new ApiError({ type: 'Aborted' })) })
      return (
        <button type="button" onClick={() => mutation.mutate()}>
          Abort
        </button>
      )
    }
    const handled = vi.fn()
    renderWithClient(
      <>
        <ApiErrorNotifications />
        <Save path="/other" onError={handled} />
        <Abort />
        <Save path="/notes" />
      </>,
      undefined,
      newClient(),
    )
    await user.click(screen.getByRole('button', { name: 'Save /other' }))
    await user.click(screen.getByRole('button', { name: 'Abort' }))
    await waitFor(() => expect(handled).toHaveBeenCalledTimes(1))
    await user.click(screen.getByRole('button', { name: 'Save /notes' }))
    await waitFor(() => expect(banners()).toHaveLength(1))
    expect(banners()[0]).toHaveAttribute('data-type', 'AlreadyExists')
  })

  it('names the region from `label`, reads an explicit client and explains a bad `max`', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const queryClient = newClient()
    render(<ApiErrorNotifications queryClient={queryClient} label="Avis" className="mine" />)
    expect(screen.getByRole('region', { name: 'Avis' })).toHaveClass('rae-notifications', 'mine')
    expect(() =>
      render(
        <QueryClientProvider client={queryClient}>
          <ApiErrorNotifications max={0} />
        </QueryClientProvider>,
      ),
    ).toThrow(/ApiErrorNotifications: max must be a whole number from 1/)
  })

  it('picks up a background failure that happened before it mounted', async () => {
    script('/feed', ok('v1'), down())
    const queryClient = newClient()
    const api = client(server)
    await queryClient.fetchQuery({ queryKey: ['/feed'], queryFn: () => api.get('/feed') })
    await queryClient
      .fetchQuery({ queryKey: ['/feed'], queryFn: () => api.get('/feed'), staleTime: 0 })
      .catch(() => undefined)
    render(
      <QueryClientProvider client={queryClient}>
        <ApiErrorNotifications />
      </QueryClientProvider>,
    )
    expect(banners()).toHaveLength(1)
    expect(banners()[0]).toHaveAttribute('data-type', 'Unavailable')
  })
})
