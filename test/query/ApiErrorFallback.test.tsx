import { QueryErrorResetBoundary, useQuery } from '@tanstack/react-query'
import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ErrorBoundary } from 'react-error-boundary'
import { expect, it, vi } from 'vitest'
import { ApiErrorFallback, en } from '../../src/index.js'
import { apiErrorQueryDefaults } from '../../src/query/index.js'
import { client, hitsOf, json, renderWithClient, serveForFile } from './api.js'

const server = serveForFile()

it.each([
  [500, 'Internal'],
  [404, 'ResourceNotFound'],
] as const)(
  'ApiErrorFallback with QueryErrorResetBoundary: a %i first load shows the fallback, Retry refetches and renders the data',
  async (status, type) => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const user = userEvent.setup()
    let calls = 0
    const route = `/report-${status}`
    server.routes[route] = (_req, res) =>
      ++calls === 1 ? json(res, status, { message: 'stack trace: secret' }) : json(res, 200, { name: 'Q3' })
    const api = client(server)
    function Report() {
      const query = useQuery({
        queryKey: ['report', status],
        queryFn: ({ signal }) => api.get<{ name: string }>(route, signal),
      })
      return <p>{query.data ? `Report: ${query.data.name}` : 'Loading report'}</p>
    }
    const { queryClient } = renderWithClient(
      <QueryErrorResetBoundary>
        {({ reset }) => (
          <ErrorBoundary onReset={reset} FallbackComponent={ApiErrorFallback}>
            <Report />
          </ErrorBoundary>
        )}
      </QueryErrorResetBoundary>,
      apiErrorQueryDefaults({ maxRetries: 0, throwOnError: true }),
    )

    const fallback = await screen.findByRole('alert', { name: new RegExp(en.types[type].title) })
    expect(fallback).toHaveFocus()
    expect(fallback).not.toHaveTextContent('secret')
    expect(screen.queryByText(/Report/)).not.toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: en.actions.retry }))
    expect(await screen.findByText('Report: Q3')).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(hitsOf(server, route).length).toBe(2)
    queryClient.clear()
  },
)
