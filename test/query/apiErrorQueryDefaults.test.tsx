import { useMutation, useQuery } from '@tanstack/react-query'
import type { Query, QueryClient, QueryKey } from '@tanstack/react-query'
import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ErrorBoundary } from 'react-error-boundary'
import { describe, expect, it, vi } from 'vitest'
import { ApiError, ApiErrorFallback } from '../../src/index.js'
import type { ApiErrorType } from '../../src/index.js'
import { apiErrorQueryDefaults } from '../../src/query/index.js'
import { client, hitsOf, json, renderWithClient, setUpQueryTests } from './api.js'

const { server, newClient } = setUpQueryTests()

/** Answers `first` once, then 200. */
function flaky(path: string, status: number, headers: Record<string, string> = {}) {
  let calls = 0
  server.routes[path] = (_req, res) =>
    ++calls === 1 ? json(res, status, { message: 'not now' }, headers) : json(res, 200, { name: 'fine' })
}

type Api = ReturnType<typeof client>

function Status({ api, path }: { api: Api; path: string }) {
  const query = useQuery({ queryKey: [path], queryFn: ({ signal }) => api.get<{ name: string }>(path, signal) })
  return (
    <p>
      {query.isError
        ? `Failed: ${query.error instanceof ApiError ? query.error.type : 'other'}`
        : query.data
          ? `Loaded: ${query.data.name}`
          : 'Loading'}
    </p>
  )
}

describe('apiErrorQueryDefaults: retries', () => {
  it('retries a query after a 503 with Retry-After: 0', async () => {
    flaky('/status', 503, { 'retry-after': '0' })
    renderWithClient(<Status api={client(server)} path="/status" />, undefined, newClient())
    expect(await screen.findByText('Loaded: fine')).toBeInTheDocument()
    expect(hitsOf(server, '/status')).toHaveLength(2)
  })

  it('passes retry options through: maxRetries: 0 leaves the 503 alone', async () => {
    flaky('/status', 503, { 'retry-after': '0' })
    renderWithClient(<Status api={client(server)} path="/status" />, undefined, newClient({ maxRetries: 0 }))
    expect(await screen.findByText('Failed: Unavailable')).toBeInTheDocument()
    expect(hitsOf(server, '/status')).toHaveLength(1)
  })

  it('does not retry a POST mutation that got a 502, but does retry one the server refused with 429', async () => {
    const user = userEvent.setup()
    flaky('/gateway', 502)
    flaky('/limited', 429, { 'retry-after': '0' })
    const api = client(server)
    function Send({ path }: { path: string }) {
      const mutation = useMutation({ mutationFn: () => api.post<{ name: string }>(path, { text: 'hi' }) })
      return (
        <div>
          <button type="button" onClick={() => mutation.mutate()}>
            Send {path}
          </button>
          <p>
            {path} {mutation.status} {mutation.error instanceof ApiError ? mutation.error.type : ''}
          </p>
        </div>
      )
    }
    renderWithClient(
      <>
        <Send path="/gateway" />
        <Send path="/limited" />
      </>,
      undefined,
      newClient(),
    )
    await user.click(screen.getByRole('button', { name: 'Send /gateway' }))
    await user.click(screen.getByRole('button', { name: 'Send /limited' }))
    expect(await screen.findByText('/gateway error Unavailable')).toBeInTheDocument()
    expect(await screen.findByText('/limited success')).toBeInTheDocument()
    expect(hitsOf(server, '/gateway')).toHaveLength(1)
    expect(hitsOf(server, '/limited')).toHaveLength(2)
  })
})

describe('apiErrorQueryDefaults: throwOnError', () => {
  const throwOnError = (queryClient: QueryClient) => {
    const option = queryClient.getDefaultOptions().queries?.throwOnError
    if (typeof option !== 'function') throw new Error('expected a throwOnError function')
    return (error: unknown, query: Query) => option(error as never, query)
  }

  it('is true only when the query has no data and the error cannot be handled in place', async () => {
    server.routes['/missing'] = (_req, res) => json(res, 404, { type: 'ResourceNotFound', message: 'gone' })
    server.routes['/busy'] = (_req, res) => json(res, 429, { message: 'slow down' }, { 'retry-after': '120' })
    const queryClient = newClient({ throwOnError: true })
    const decide = throwOnError(queryClient)
    const failed = async (key: string, path: string) => {
      await queryClient.fetchQuery({ queryKey: [key], queryFn: () => client(server).get(path) }).catch(() => undefined)
      const query = queryClient.getQueryCache().find({ queryKey: [key] })
      if (!query) throw new Error('query missing')
      return query
    }

    const missing = await failed('missing', '/missing')
    expect(missing.state).toMatchObject({ status: 'error', data: undefined })
    expect(decide(missing.state.error, missing)).toBe(true)

    const busy = await failed('busy', '/busy')
    expect(busy.state.error).toMatchObject({ type: 'RateLimited', retryAfterMs: 120_000 })
    expect(decide(busy.state.error, busy)).toBe(false)

    queryClient.setQueryData(['stale'], { name: 'kept' })
    const stale = await failed('stale', '/missing')
    expect(stale.state).toMatchObject({ status: 'error', data: { name: 'kept' } })
    expect(decide(stale.state.error, stale)).toBe(false)
  })

  it.each<[ApiErrorType, boolean]>([
    ['Unauthorized', false],
    ['RateLimited', false],
    ['Network', false],
    ['Timeout', false],
    ['Aborted', false],
    ['ResourceNotFound', true],
    ['Forbidden', true],
    ['Internal', true],
    ['Unavailable', false],
  ])('%s with no data to show → %s', (type, expected) => {
    const queryClient = newClient({ throwOnError: true })
    const query: Query = queryClient.getQueryCache().build(queryClient, { queryKey: ['empty', type] as QueryKey })
    expect(throwOnError(queryClient)(new ApiError({ type }), query)).toBe(expected)
  })

  it('sends a 404 with nothing to show to the error boundary and keeps a 429 in place', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    server.routes['/missing'] = (_req, res) => json(res, 404, { type: 'ResourceNotFound' })
    server.routes['/busy'] = (_req, res) => json(res, 429, {}, { 'retry-after': '120' })
    const api = client(server)
    renderWithClient(
      <>
        <ErrorBoundary FallbackComponent={ApiErrorFallback}>
          <Status api={api} path="/missing" />
        </ErrorBoundary>
        <Status api={api} path="/busy" />
      </>,
      undefined,
      newClient({ throwOnError: true }),
    )
    expect(await screen.findByRole('alert', { name: /not found/i })).toHaveAttribute('data-type', 'ResourceNotFound')
    expect(await screen.findByText('Failed: RateLimited')).toBeInTheDocument()
  })
})

describe('apiErrorQueryDefaults: options', () => {
  it('merges query and mutation overrides over the defaults', () => {
    const defaults = apiErrorQueryDefaults({
      maxRetries: 1,
      queries: { staleTime: 30_000 },
      mutations: { retry: false },
    })
    expect(defaults.queries).toMatchObject({
      staleTime: 30_000,
      retry: expect.any(Function),
      retryDelay: expect.any(Function),
      throwOnError: false,
    })
    expect(defaults.mutations).toMatchObject({ retry: false, throwOnError: false, retryDelay: expect.any(Function) })
    const retry = defaults.queries?.retry
    if (typeof retry !== 'function') throw new Error('expected a retry function')
    const outage = new ApiError({ type: 'Unavailable', status: 503 })
    expect([retry(0, outage), retry(1, outage)]).toEqual([true, false])
    expect(apiErrorQueryDefaults({ queries: { throwOnError: false } }).queries?.throwOnError).toBe(false)
  })

  it('explains misuse', () => {
    expect(() => apiErrorQueryDefaults('fast' as never)).toThrow(
      /apiErrorQueryDefaults: options must be an object.*\{ maxRetries: 2 \}/,
    )
    expect(() => apiErrorQueryDefaults({ idempotent: false } as never)).toThrow(
      /idempotent is not an option here.*Leave it out/,
    )
    expect(() => apiErrorQueryDefaults({ queries: null as never })).toThrow(/queries must be an object/)
    expect(() => apiErrorQueryDefaults({ maxRetries: -1 })).toThrow(/maxRetries must be a whole number from 0/)
    expect(() => apiErrorQueryDefaults({ throwOnError: 'yes' as never })).toThrow(/throwOnError must be true or false/)
  })
})
