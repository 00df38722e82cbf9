import { QueryClient } from '@tanstack/react-query'
import { act, render, screen, waitFor, within } from '@testing-library/react'
import { Toaster, toast } from 'sonner'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createApiFetch, describeApiError, en } from '../../src/index.js'
import { apiErrorQueryDefaults, connectApiErrors } from '../../src/query/index.js'
import { json, serveForFile } from '../core/support/server.js'

const server = serveForFile()
afterEach(() => {
  server.reset()
  act(() => toast.dismiss())
})

beforeAll(() => {
  // sonner asks for the colour scheme; jsdom has no matchMedia.
  window.matchMedia ??= (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      addListener: () => undefined,
      removeListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList
})

describe('describeApiError in a sonner toast from connectApiErrors', () => {
  it('shows the banner copy once per kind of failure, however often it happens', async () => {
    server.routes['/reports'] = (_req, res) =>
      json(res, 500, { message: 'NullPointerException at ReportService.java:42' })
    server.routes['/search'] = (_req, res) => json(res, 429, { message: 'slow down' }, { 'retry-after': '30' })
    const api = createApiFetch({ baseUrl: server.base })
    const queryClient = new QueryClient({ defaultOptions: apiErrorQueryDefaults({ queries: { retry: false } }) })
    render(<Toaster />)

    // verbatim from README ("Toasts")
    connectApiErrors(queryClient, {
      onError: (error) => {
        const { title, description, severity } = describeApiError(error)
        toast[severity](title, { id: `${error.type}:${error.status}`, description })
      },
    })
    const get = (path: string, key: number) =>
      act(() => queryClient.fetchQuery({ queryKey: [path, key], queryFn: () => api(path) }).catch(() => undefined))
    await get('/reports', 1)
    await get('/reports', 2)
    await get('/reports', 3)
    await get('/search', 1)
    queryClient.clear()

    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(2))
    const toasts = screen.getAllByRole('listitem')
    const internal = toasts.find((item) => item.textContent?.includes(en.types.Internal.title))
    expect(internal).toBeDefined()
    expect(within(internal!).getByText(en.types.Internal.description)).toBeInTheDocument()
    expect(internal).toHaveAttribute('data-type', 'error')
    const limited = toasts.find((item) => item.textContent?.includes(en.types.RateLimited.title))
    expect(limited).toHaveAttribute('data-type', 'info')
    expect(document.body).not.toHaveTextContent('NullPointerException')
    expect(document.body).not.toHaveTextContent('slow down')
  })
})
