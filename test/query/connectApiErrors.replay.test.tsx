import { act, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import type { ApiError } from '../../src/core/index.js'
import type { ApiErrorSource } from '../../src/query/index.js'
import { hitsOf, json, renderWithClient, setUpQueryTests, until } from './api.js'
import { Resource, SaveNote, pause, protect, session } from './session.js'

const { server, newClient, connect } = setUpQueryTests()

describe('connectApiErrors: re-authentication and replay', () => {
  it('re-runs a mutation that failed with Unauthorized once, with the same variables, on the same useMutation', async () => {
    const user = userEvent.setup()
    const { auth, api, state, release } = session(server)
    protect(server, '/notes', (hit) => JSON.parse(hit.body) as unknown)
    const queryClient = newClient()
    const onError = vi.fn()
    connect(queryClient, { auth, onError })
    renderWithClient(<SaveNote api={api} />, undefined, queryClient)

    await user.click(screen.getByRole('button', { name: 'Save' }))
    // The hook shows the failure while the session is being renewed.
    expect(await screen.findByText('error')).toBeInTheDocument()
    expect(state.refreshes).toBe(1)
    const [mutation] = queryClient.getMutationCache().getAll()

    release()
    expect(await screen.findByText('Saved: buy milk')).toBeInTheDocument()
    expect(screen.getByRole('status', { name: 'mutation status' })).toHaveTextContent('success')

    const hits = hitsOf(server, '/notes')
    expect(hits.map((hit) => [hit.method, hit.authorization, hit.body])).toEqual([
      ['POST', 'Bearer token-1', '{"text":"buy milk"}'],
      ['POST', 'Bearer token-2', '{"text":"buy milk"}'],
    ])
    // Same Mutation instance, now successful: no second mutation was created.
    expect(queryClient.getMutationCache().getAll()).toEqual([mutation])
    expect(mutation?.state).toMatchObject({ status: 'success', variables: 'buy milk', error: null })
    expect(state.refreshes).toBe(1)
    expect(onError).not.toHaveBeenCalled()
  })

  it('refetches the failed active queries after re-auth, sharing one wave with the mutations', async () => {
    const user = userEvent.setup()
    const { auth, api, state, release } = session(server)
    protect(server, '/profile', () => ({ name: 'Ada' }))
    protect(server, '/projects', () => ({ name: 'Engine' }))
    protect(server, '/archive', () => ({ name: 'Old' }))
    protect(server, '/notes', (hit) => JSON.parse(hit.body) as unknown)
    const queryClient = newClient()
    connect(queryClient, { auth })
    const reauthenticate = vi.spyOn(auth, 'reauthenticate')
    // A failed query nobody watches is not refetched.
    await queryClient.fetchQuery({ queryKey: ['archive'], queryFn: () => api.get('/archive') }).catch(() => undefined)
    renderWithClient(
      <>
        <Resource api={api} path="/profile" queryKey={['profile']} />
        <Resource api={api} path="/projects" queryKey={['projects']} />
        <SaveNote api={api} />
      </>,
      undefined,
      queryClient,
    )
    await waitFor(() => expect(screen.getAllByText('Error: Unauthorized')).toHaveLength(2))
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(await screen.findByText('error')).toBeInTheDocument()

    release()
    expect(await screen.findByText('Loaded: Ada')).toBeInTheDocument()
    expect(await screen.findByText('Loaded: Engine')).toBeInTheDocument()
    expect(await screen.findByText('Saved: buy milk')).toBeInTheDocument()
    expect(screen.queryByText(/^Error:/)).not.toBeInTheDocument()
    expect(state.refreshes).toBe(1)
    expect(reauthenticate.mock.calls).toEqual([[0]])
    expect(hitsOf(server, '/profile').map((hit) => hit.authorization)).toEqual(['Bearer token-1', 'Bearer token-2'])
    expect(hitsOf(server, '/projects').map((hit) => hit.authorization)).toEqual(['Bearer token-1', 'Bearer token-2'])
    expect(hitsOf(server, '/notes')).toHaveLength(2)
    expect(hitsOf(server, '/archive')).toHaveLength(1)
  })

  it('never replays twice: a replay that fails with Unauthorized again is final and goes to onError', async () => {
    const user = userEvent.setup()
    const { auth, api, state, release } = session(server)
    protect(server, '/notes', () => ({}), { never: true })
    protect(server, '/profile', () => ({}), { never: true })
    const queryClient = newClient()
    const onError = vi.fn<(error: ApiError, source: ApiErrorSource) => void>()
    connect(queryClient, { auth, onError })
    renderWithClient(
      <>
        <SaveNote api={api} />
        <Resource api={api} path="/profile" queryKey={['profile']} />
      </>,
      undefined,
      queryClient,
    )
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(await screen.findByText('error')).toBeInTheDocument()
    expect(await screen.findByText('Error: Unauthorized')).toBeInTheDocument()
    release()

    await until(() => onError.mock.calls.length === 2)
    await pause(100)
    expect(hitsOf(server, '/notes').map((hit) => hit.authorization)).toEqual(['Bearer token-1', 'Bearer token-2'])
    expect(hitsOf(server, '/profile').map((hit) => hit.authorization)).toEqual(['Bearer token-1', 'Bearer token-2'])
    expect(state.refreshes).toBe(1)
    await waitFor(() => expect(screen.getByRole('status', { name: 'mutation status' })).toHaveTextContent('error'))
    const sources = onError.mock.calls.map(([error, source]) => [error.type, source])
    expect(sources).toEqual(
      expect.arrayContaining([
        ['Unauthorized', expect.objectContaining({ type: 'mutation', mutationKey: ['notes', 'create'] })],
        ['Unauthorized', expect.objectContaining({ type: 'query', queryKey: ['profile'] })],
      ]),
    )
  })

  it('replays the newest submission only when the user submitted again while signing in', async () => {
    const user = userEvent.setup()
    const { auth, api, release } = session(server)
    protect(server, '/notes', (hit) => JSON.parse(hit.body) as unknown)
    const queryClient = newClient()
    connect(queryClient, { auth })
    renderWithClient(<SaveNote api={api} />, undefined, queryClient)

    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(await screen.findByText('error')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Save bread' }))
    await until(() => hitsOf(server, '/notes').length === 2)
    expect(await screen.findByText('error')).toBeInTheDocument()

    release()
    expect(await screen.findByText('Saved: buy bread')).toBeInTheDocument()
    await pause(50)
    expect(hitsOf(server, '/notes').map((hit) => [hit.authorization, hit.body])).toEqual([
      ['Bearer token-1', '{"text":"buy milk"}'],
      ['Bearer token-1', '{"text":"buy bread"}'],
      ['Bearer token-2', '{"text":"buy bread"}'],
    ])
  })

  it('does not replay a submission the user replaced while it was still in flight', async () => {
    const user = userEvent.setup()
    const { auth, api, release } = session(server)
    // The server holds the first answer until the second submission arrives.
    const held: Array<() => void> = []
    server.routes['/notes'] = (_req, res, hit) => {
      const answer = () =>
        hit.authorization === 'Bearer token-2'
          ? json(res, 200, JSON.parse(hit.body) as unknown)
          : json(res, 401, { type: 'Unauthorized' })
      if (hit.authorization === 'Bearer token-2') return answer()
      held.push(answer)
      if (held.length === 2) for (const send of held) send()
    }
    const queryClient = newClient()
    connect(queryClient, { auth })
    renderWithClient(<SaveNote api={api} />, undefined, queryClient)

    await user.click(screen.getByRole('button', { name: 'Save' }))
    await user.click(screen.getByRole('button', { name: 'Save bread' }))
    expect(await screen.findByText('error')).toBeInTheDocument()
    release()
    expect(await screen.findByText('Saved: buy bread')).toBeInTheDocument()
    await pause(50)
    expect(hitsOf(server, '/notes').map((hit) => [hit.authorization, hit.body])).toEqual([
      ['Bearer token-1', '{"text":"buy milk"}'],
      ['Bearer token-1', '{"text":"buy bread"}'],
      ['Bearer token-2', '{"text":"buy bread"}'],
    ])
  })

  it('when the refresh fails, reports the 401 and replays once after the user signs in', async () => {
    const user = userEvent.setup()
    const { auth, api, state, release } = session(server, { refreshSucceeds: false })
    protect(server, '/notes', (hit) => JSON.parse(hit.body) as unknown)
    const queryClient = newClient()
    const onError = vi.fn()
    connect(queryClient, { auth, onError })
    release()
    renderWithClient(<SaveNote api={api} />, undefined, queryClient)

    await user.click(screen.getByRole('button', { name: 'Save' }))
    await until(() => onError.mock.calls.length === 1)
    expect(onError).toHaveBeenCalledWith(
      expect.objectContaining({ type: 'Unauthorized', status: 401 }),
      expect.objectContaining({ type: 'mutation' }),
    )
    await waitFor(() => expect(screen.getByRole('status', { name: 'mutation status' })).toHaveTextContent('error'))
    expect(hitsOf(server, '/notes')).toHaveLength(1)

    // The app's own sign-in page stores a new token and tells the coordinator.
    state.token = 'token-2'
    act(() => auth.completeSignIn(true))
    expect(await screen.findByText('Saved: buy milk')).toBeInTheDocument()
    expect(hitsOf(server, '/notes').map((hit) => [hit.authorization, hit.body])).toEqual([
      ['Bearer token-1', '{"text":"buy milk"}'],
      ['Bearer token-2', '{"text":"buy milk"}'],
    ])
    expect(onError).toHaveBeenCalledTimes(1)
  })
})
