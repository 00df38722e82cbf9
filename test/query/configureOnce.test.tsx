// One raw error (what axios really throws for a loopback server's answer) is typed the same by
// every place the kit parses it — useApiError, ErrorBanner, apiErrorQueryDefaults' retry,
// connectApiErrors' onError and the reporter — when the app tells the kit its aliases once: to
// the two per-app owners (the provider and the QueryClient's defaults), or at the boundary.
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'
import { render, screen, waitFor } from '@testing-library/react'
import axios from 'axios'
import { afterEach, describe, expect, it } from 'vitest'
import { createApiErrorReporter, parseApiError } from '../../src/core/index.js'
import type { ApiErrorAliases, ApiErrorType } from '../../src/core/index.js'
import { ApiErrorProvider, ErrorBanner, useApiError } from '../../src/index.js'
import { apiErrorQueryDefaults, connectApiErrors } from '../../src/query/index.js'
import { hitsOf, json, serveForFile } from './api.js'

const server = serveForFile()
const cleanups: Array<() => void> = []
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup()
  server.reset()
})

/** Acme's own code for an overloaded shard, sent with a 400: the status alone says InvalidPayload, and the code's words say nothing. */
const aliases: ApiErrorAliases = { E1742: 'Unavailable' }

function Status({ error }: { error: unknown }) {
  const state = useApiError(error)
  return <output aria-label="useApiError">{state.type}</output>
}

/** Mounts one query failing as the server answers, and collects what each place made of it. */
async function classify(setUp: { provider?: ApiErrorAliases; defaults?: ApiErrorAliases; boundary?: ApiErrorAliases }) {
  server.routes['/orders'] = (_req, res) => json(res, 400, { error: { code: 'E1742', message: 'try again' } })
  const queryClient = new QueryClient({
    defaultOptions: apiErrorQueryDefaults({ aliases: setUp.defaults, maxRetries: 1, baseDelayMs: 0 }),
  })
  const reported: ApiErrorType[] = []
  const forwarded: ApiErrorType[] = []
  const report = createApiErrorReporter({
    send: ({ error }) => reported.push(error.type),
    shouldReport: () => true,
  })
  cleanups.push(
    connectApiErrors(queryClient, {
      onError: (error, source) => {
        forwarded.push(error.type)
        report(error, source)
      },
    }),
    () => queryClient.clear(),
  )
  const queryFn = async () => {
    try {
      return (await axios.get(`${server.base}/orders`, { adapter: 'http' })).data as unknown
    } catch (error) {
      throw setUp.boundary ? parseApiError(error, { aliases: setUp.boundary }) : error
    }
  }
  function Orders() {
    const { error } = useQuery({ queryKey: ['orders'], queryFn })
    return (
      <>
        <Status error={error} />
        <ErrorBanner error={error} />
      </>
    )
  }
  const view = render(
    <QueryClientProvider client={queryClient}>
      <ApiErrorProvider aliases={setUp.provider}>
        <Orders />
      </ApiErrorProvider>
    </QueryClientProvider>,
  )
  cleanups.push(view.unmount)
  await waitFor(() => expect(forwarded).toHaveLength(1))
  const banner = view.container.querySelector('.rae-banner')
  return {
    useApiError: screen.getByRole('status', { name: 'useApiError' }).textContent,
    ErrorBanner: banner?.getAttribute('data-type'),
    // Unavailable is retried (once, maxRetries: 1); InvalidPayload is not.
    apiErrorQueryDefaults: hitsOf(server, '/orders').length === 2 ? 'Unavailable' : 'InvalidPayload',
    connectApiErrors: forwarded[0],
    reporter: reported[0],
  }
}

describe('aliases told once are honoured wherever the kit parses', () => {
  it('without aliases, every place says what the status says', async () => {
    expect(Object.values(await classify({}))).toEqual(Array(5).fill('InvalidPayload'))
  })

  it('given to the provider and the QueryClient defaults, every place says Unavailable', async () => {
    expect(await classify({ provider: aliases, defaults: aliases })).toEqual({
      useApiError: 'Unavailable',
      ErrorBanner: 'Unavailable',
      apiErrorQueryDefaults: 'Unavailable',
      connectApiErrors: 'Unavailable',
      reporter: 'Unavailable',
    })
  })

  it('parsed at the boundary (the queryFn throws an ApiError), every place says Unavailable', async () => {
    expect(Object.values(await classify({ boundary: aliases }))).toEqual(Array(5).fill('Unavailable'))
  })
})
