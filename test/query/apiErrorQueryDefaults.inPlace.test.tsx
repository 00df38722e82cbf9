import { useQuery } from '@tanstack/react-query'
import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { ApiError, ErrorBanner, en } from '../../src/index.js'
import { client, hitsOf, json, renderWithClient, setUpQueryTests } from './api.js'
import { pause } from './session.js'

const { server, newClient } = setUpQueryTests()

describe('the README pattern <ErrorBanner error={error} onRetry={refetch} /> under apiErrorQueryDefaults', () => {
  it('shows the 429 wait while it lasts, then refetches once: no duplicate request', async () => {
    let calls = 0
    server.routes['/messages'] = (_req, res) =>
      ++calls === 1
        ? json(res, 429, { type: 'RateLimited', message: 'slow down' }, { 'retry-after': '3' })
        : json(res, 200, [{ id: 1, text: 'hello' }])
    const api = client(server)
    const queryFn = () => api.get<Array<{ id: number; text: string }>>('/messages')

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

    renderWithClient(<Messages />, undefined, newClient())
    // During the wait the page says why, and when it may try again: the failure is `error`, not hidden in `failureReason`.
    const countdown = await screen.findByText(new RegExp(`^${en.retryWait.replace('{seconds}', '[1-3]')}$`))
    expect(countdown.closest('[role="status"]')).toHaveTextContent(en.types.RateLimited.title)
    expect(hitsOf(server, '/messages')).toHaveLength(1)

    expect(await screen.findByText('hello', undefined, { timeout: 6000 })).toBeInTheDocument()
    await waitFor(() => expect(screen.queryByRole('status')).not.toBeInTheDocument())
    await pause(1000)
    expect(hitsOf(server, '/messages')).toHaveLength(2)
  })

  it('sends nothing when Retry is pressed during the wait, and keeps counting the same wait down', async () => {
    let calls = 0
    server.routes['/inbox'] = (_req, res) =>
      ++calls === 1
        ? json(res, 429, { type: 'RateLimited' }, { 'retry-after': '3' })
        : json(res, 200, { name: 'inbox' })
    const api = client(server)
    function Inbox() {
      const { data, error, refetch } = useQuery({
        queryKey: ['inbox'],
        queryFn: () => api.get<{ name: string }>('/inbox'),
      })
      return (
        <>
          <ErrorBanner error={error} onRetry={refetch} />
          {data && <p>Loaded {data.name}</p>}
        </>
      )
    }
    renderWithClient(<Inbox />, undefined, newClient())
    const retry = await screen.findByRole('button', { name: en.actions.retry })
    expect(retry).toHaveAttribute('aria-disabled', 'true')
    const wait = (seconds: number) => new RegExp(`^${en.retryWait.replace('{seconds}', String(seconds))}$`)
    await screen.findByText(wait(2), undefined, { timeout: 2000 })
    const user = userEvent.setup()
    await user.click(retry)
    await user.click(retry)
    // Nothing sent, and the wait is not restarted by the press.
    expect(hitsOf(server, '/inbox')).toHaveLength(1)
    expect(screen.queryByText(wait(3))).not.toBeInTheDocument()
    expect(retry).toHaveFocus()
    expect(await screen.findByText('Loaded inbox', undefined, { timeout: 4000 })).toBeInTheDocument()
    const [first, second] = hitsOf(server, '/inbox')
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(3000)
    await pause(500)
    expect(hitsOf(server, '/inbox')).toHaveLength(2)
  })

  it('counts a wait longer than a minute (maxRetryAfterMs) down without re-sending, and keeps a manual Retry', async () => {
    server.routes['/slow'] = (_req, res) => json(res, 429, { type: 'RateLimited' }, { 'retry-after': '120' })
    const api = client(server)
    function Slow() {
      const { error, refetch } = useQuery({ queryKey: ['slow'], queryFn: () => api.get('/slow') })
      return <ErrorBanner error={error} onRetry={refetch} />
    }
    renderWithClient(<Slow />, undefined, newClient())
    const banner = await screen.findByRole('status', { name: new RegExp(en.types.RateLimited.title) })
    expect(banner).toHaveTextContent('You can retry in 120 s')
    expect(screen.getByRole('button', { name: en.actions.retry })).toBeInTheDocument()
    await pause(300)
    expect(hitsOf(server, '/slow')).toHaveLength(1)
  })
})

describe('apiErrorQueryDefaults: no query error unmounts an app without an error boundary', () => {
  it('keeps the app mounted after a proxy 503 page, with the outage shown in place', async () => {
    server.routes['/inbox'] = (_req, res) =>
      res
        .writeHead(503, { 'content-type': 'text/html' })
        .end('<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>')
    const api = client(server)
    function Inbox() {
      const { error } = useQuery({ queryKey: ['inbox'], queryFn: () => api.get('/inbox') })
      return (
        <main>
          <h1>My app</h1>
          <ErrorBanner error={error} />
        </main>
      )
    }
    const queryClient = newClient({ maxRetries: 1, baseDelayMs: 10 })
    renderWithClient(<Inbox />, undefined, queryClient)
    await waitFor(() => expect(queryClient.getQueryState(['inbox'])?.status).toBe('error'))
    expect(queryClient.getQueryState(['inbox'])?.error).toBeInstanceOf(ApiError)
    expect(await screen.findByRole('status', { name: new RegExp(en.types.Unavailable.title) })).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'My app' })).toBeInTheDocument()
    expect(hitsOf(server, '/inbox')).toHaveLength(2)
  })
})
