// An app on axios: a 401 reaches TanStack Query as the query's error, and connectApiErrors renews
// the session and refetches. While the renewal may still succeed, nothing says the session expired.
import { useQuery } from '@tanstack/react-query'
import { screen } from '@testing-library/react'
import axios from 'axios'
import { describe, expect, it } from 'vitest'
import { createAuthCoordinator } from '../../src/core/index.js'
import { ApiErrorProvider, ErrorBanner, en } from '../../src/index.js'
import { ApiErrorNotifications } from '../../src/query/index.js'
import { hitsOf, json, renderWithClient, setUpQueryTests } from './api.js'
import { recordTexts } from './pageTexts.js'
import { pause } from './session.js'

const { server, newClient, connect } = setUpQueryTests({ maxRetries: 0 })

/** A session on axios: the token the server accepts changes when `refresh` (which takes `refreshMs`) succeeds. */
function axiosSession({ refreshMs = 600, refreshSucceeds = true } = {}) {
  const state = { token: 'old', refreshes: 0 }
  const auth = createAuthCoordinator({
    refresh: async () => {
      state.refreshes += 1
      await pause(refreshMs)
      if (!refreshSucceeds) return false
      state.token = 'new'
    },
  })
  const api = axios.create({ baseURL: server.base, adapter: 'http' })
  api.interceptors.request.use((config) => {
    config.headers.set('Authorization', `Bearer ${state.token}`)
    return config
  })
  server.routes['/inbox'] = (_req, res, hit) =>
    hit.authorization === 'Bearer new'
      ? json(res, 200, { name: `inbox ${hitsOf(server, '/inbox').length}` })
      : json(res, 401, { type: 'Unauthorized', message: 'The access token expired' })
  return { auth, api, state }
}

function Inbox({ api }: { api: ReturnType<typeof axios.create> }) {
  const { data, error, refetch } = useQuery({
    queryKey: ['inbox'],
    queryFn: async () => (await api.get<{ name: string }>('/inbox')).data,
  })
  return (
    <>
      <ErrorBanner error={error} onRetry={refetch} />
      {data && <p>Loaded {data.name}</p>}
    </>
  )
}

/** The README's wiring: connectApiErrors with the coordinator, the provider following it, the notifications outlet. */
function mount({ auth, api }: ReturnType<typeof axiosSession>) {
  const queryClient = newClient()
  connect(queryClient, { auth })
  renderWithClient(
    <ApiErrorProvider auth={auth}>
      <Inbox api={api} />
      <ApiErrorNotifications />
    </ApiErrorProvider>,
    undefined,
    queryClient,
  )
  return queryClient
}

describe('a silent refresh on the axios path (connectApiErrors + the README banner)', () => {
  const page = recordTexts()

  it('never says the session expired while the renewal runs, then shows the data', async () => {
    const session = axiosSession()
    mount(session)
    expect(await screen.findByText('Loaded inbox 2', undefined, { timeout: 4000 })).toBeInTheDocument()
    expect(session.state.refreshes).toBe(1)
    expect(page.ever(en.types.Unauthorized.title)).toBe(false)
  })

  it('keeps a page with data quiet too: no notice while the renewal of its background refetch runs', async () => {
    const session = axiosSession()
    const { state } = session
    state.token = 'new'
    const queryClient = mount(session)
    await screen.findByText('Loaded inbox 1')
    state.token = 'expired'
    await queryClient.refetchQueries()
    expect(await screen.findByText('Loaded inbox 3', undefined, { timeout: 4000 })).toBeInTheDocument()
    expect(page.ever(en.types.Unauthorized.title)).toBe(false)
  })

  it('says it once the renewal failed', async () => {
    const session = axiosSession({ refreshMs: 200, refreshSucceeds: false })
    mount(session)
    expect(await screen.findByRole('alert', { name: new RegExp(en.types.Unauthorized.title) })).toBeInTheDocument()
    expect(session.auth.getSnapshot().status).toBe('idle')
  })
})
