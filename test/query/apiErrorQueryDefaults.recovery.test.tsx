import { useMutation, useQuery } from '@tanstack/react-query'
import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { ApiError, ErrorBanner, en } from '../../src/index.js'
import { client, hitsOf, json, renderWithClient, setUpQueryTests } from './api.js'
import type { Hit } from './api.js'
import { pause } from './session.js'

const { server, newClient } = setUpQueryTests()

type Api = ReturnType<typeof client>

/**
 * A server-given wait on `path`: the first request of each path under it is refused with
 * `status` and `Retry-After: seconds`; later ones succeed (or are refused again, with `always`).
 * Returns when each path's window ends.
 */
function refuse(prefix: string, { status = 429, seconds = 1, always = false } = {}) {
  const windowEnds = new Map<string, number>()
  const route = (_req: unknown, res: Parameters<typeof json>[0], hit: Hit) => {
    if (always || !windowEnds.has(hit.path)) {
      windowEnds.set(hit.path, hit.at + seconds * 1000)
      return json(
        res,
        status,
        { type: status === 429 ? 'RateLimited' : 'Unavailable' },
        { 'retry-after': `${seconds}` },
      )
    }
    json(res, 200, { name: hit.path })
  }
  return { route, windowEnds, register: (path: string) => (server.routes[`${prefix}${path}`] = route) }
}

/** Requests to `path` that reached the server before the window its previous refusal opened had ended. */
function insideWindow(path: string, seconds: number): Hit[] {
  const hits = hitsOf(server, path)
  return hits.filter((hit, index) => index > 0 && hit.at < hits[index - 1]!.at + seconds * 1000)
}

/** A page that loads `path` with useQuery and shows nothing of its error: no banner mounted. */
function Silent({ api, path }: { api: Api; path: string }) {
  const query = useQuery({ queryKey: [path], queryFn: ({ signal }) => api.get<{ name: string }>(path, signal) })
  return <p>{query.data ? `Loaded ${query.data.name}` : query.isError ? `Waiting ${path}` : `Loading ${path}`}</p>
}

describe('apiErrorQueryDefaults: a server-given wait ends in a request, shown or not', () => {
  it('recovers 20 of 20 queries of a 429 storm with no banner mounted, one request per wait', async () => {
    const storm = refuse('')
    const paths = Array.from({ length: 20 }, (_, index) => `/storm/${index}`)
    for (const path of paths) storm.register(path)
    const api = client(server)
    renderWithClient(
      <>
        {paths.map((path) => (
          <Silent key={path} api={api} path={path} />
        ))}
      </>,
      undefined,
      newClient(),
    )
    await waitFor(() => expect(screen.getAllByText(/^Loaded /)).toHaveLength(20), { timeout: 6000 })
    for (const path of paths) {
      expect(hitsOf(server, path)).toHaveLength(2)
      expect(insideWindow(path, 1)).toEqual([])
    }
  })

  it('recovers a 503 with Retry-After too', async () => {
    refuse('', { status: 503 }).register('/outage')
    renderWithClient(<Silent api={client(server)} path="/outage" />, undefined, newClient())
    expect(await screen.findByText('Waiting /outage')).toBeInTheDocument()
    expect(await screen.findByText('Loaded /outage', undefined, { timeout: 4000 })).toBeInTheDocument()
    expect(hitsOf(server, '/outage')).toHaveLength(2)
    expect(insideWindow('/outage', 1)).toEqual([])
  })

  it('with the README banner mounted, still one request per wait', async () => {
    refuse('').register('/messages')
    const api = client(server)
    function Messages() {
      const { data, error, refetch } = useQuery({ queryKey: ['messages'], queryFn: () => api.get('/messages') })
      return (
        <>
          <ErrorBanner error={error} onRetry={refetch} />
          {data !== undefined && <p>Loaded</p>}
        </>
      )
    }
    renderWithClient(<Messages />, undefined, newClient())
    expect(await screen.findByRole('status', { name: new RegExp(en.types.RateLimited.title) })).toBeInTheDocument()
    expect(await screen.findByText('Loaded', undefined, { timeout: 4000 })).toBeInTheDocument()
    await pause(1500)
    expect(hitsOf(server, '/messages')).toHaveLength(2)
    expect(insideWindow('/messages', 1)).toEqual([])
  })

  it('retries a server that always answers 429 a bounded number of times, banner or not, then leaves it to the user', async () => {
    const always = refuse('', { always: true })
    always.register('/silent')
    always.register('/shown')
    const api = client(server)
    function Shown() {
      const { error, refetch } = useQuery({ queryKey: ['shown'], queryFn: () => api.get('/shown') })
      return <ErrorBanner error={error} onRetry={refetch} />
    }
    renderWithClient(
      <>
        <Silent api={api} path="/silent" />
        <Shown />
      </>,
      undefined,
      newClient({ maxRetries: 2 }),
    )
    // The first answer and two retries, each after its wait; then nothing more, however long the page stays.
    await waitFor(() => expect(hitsOf(server, '/silent')).toHaveLength(3), { timeout: 5000 })
    await waitFor(() => expect(hitsOf(server, '/shown')).toHaveLength(3), { timeout: 5000 })
    await pause(2500)
    expect(hitsOf(server, '/silent')).toHaveLength(3)
    expect(hitsOf(server, '/shown')).toHaveLength(3)
    expect(insideWindow('/silent', 1)).toEqual([])
    expect(insideWindow('/shown', 1)).toEqual([])
    // Left to the user: the wait is over, so Retry sends one more request.
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: en.actions.retry }))
    await waitFor(() => expect(hitsOf(server, '/shown')).toHaveLength(4))
  })

  it('retries a mutation the server keeps refusing with 429 a bounded number of times', async () => {
    refuse('', { always: true }).register('/send')
    const api = client(server)
    function Send() {
      const mutation = useMutation({ mutationFn: () => api.post('/send', { text: 'hi' }) })
      return (
        <>
          <button type="button" onClick={() => mutation.mutate()}>
            Send
          </button>
          <p>{mutation.error instanceof ApiError ? `Failed: ${mutation.error.type}` : mutation.status}</p>
        </>
      )
    }
    renderWithClient(<Send />, undefined, newClient({ maxRetries: 2 }))
    await userEvent.setup().click(screen.getByRole('button', { name: 'Send' }))
    expect(await screen.findByText('Failed: RateLimited', undefined, { timeout: 5000 })).toBeInTheDocument()
    await pause(1500)
    expect(hitsOf(server, '/send')).toHaveLength(3)
    expect(insideWindow('/send', 1)).toEqual([])
  })
})
