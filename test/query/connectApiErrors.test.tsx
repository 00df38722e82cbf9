import { QueryClient } from '@tanstack/react-query'
import { screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { ApiError } from '../../src/core/index.js'
import { connectApiErrors } from '../../src/query/index.js'
import { client, hitsOf, json, renderWithClient, setUpQueryTests, until } from './api.js'
import { Resource, pause, protect } from './session.js'

const { server, cleanups, newClient, connect } = setUpQueryTests()

describe('connectApiErrors: the global outlet', () => {
  it('forwards other errors with their source and respects meta: { apiErrors: false }', async () => {
    server.routes['/missing'] = (_req, res) => json(res, 404, { type: 'ResourceNotFound', message: 'No such thing' })
    server.routes['/quiet'] = (_req, res) => json(res, 500, { message: 'boom' })
    server.routes['/notes'] = (_req, res) => json(res, 409, { type: 'AlreadyExists', message: 'Duplicate' })
    const api = client(server)
    const queryClient = newClient()
    const onError = vi.fn()
    connect(queryClient, { onError })
    const quietly = { apiErrors: false }

    await queryClient
      .fetchQuery({ queryKey: ['quiet'], queryFn: () => api.get('/quiet'), meta: quietly, retry: false })
      .catch(() => undefined)
    await queryClient
      .getMutationCache()
      .build(queryClient, { mutationKey: ['quiet'], mutationFn: () => api.post('/notes', {}), meta: quietly })
      .execute(undefined)
      .catch(() => undefined)
    await queryClient
      .getMutationCache()
      .build(queryClient, { mutationFn: () => Promise.reject(new ApiError({ type: 'Aborted' })) })
      .execute(undefined)
      .catch(() => undefined)
    expect(onError).not.toHaveBeenCalled()

    await queryClient
      .fetchQuery({ queryKey: ['missing', 1], queryFn: () => api.get('/missing') })
      .catch(() => undefined)
    await queryClient
      .getMutationCache()
      .build(queryClient, {
        mutationKey: ['notes', 'create'],
        mutationFn: (text: string) => api.post('/notes', { text }),
      })
      .execute('dup')
      .catch(() => undefined)
    expect(onError.mock.calls).toEqual([
      [
        expect.objectContaining({ type: 'ResourceNotFound', status: 404 }),
        expect.objectContaining({ type: 'query', queryKey: ['missing', 1] }),
      ],
      [
        expect.objectContaining({ type: 'AlreadyExists', status: 409 }),
        expect.objectContaining({ type: 'mutation', mutationKey: ['notes', 'create'] }),
      ],
    ])
    expect(onError.mock.calls.every(([error]) => error instanceof ApiError)).toBe(true)
  })

  it('without auth, forwards Unauthorized and replays nothing', async () => {
    protect(server, '/profile', () => ({ name: 'Ada' }))
    const api = client(server, { getAccessToken: () => 'token-1' })
    const queryClient = newClient()
    const onError = vi.fn()
    connect(queryClient, { onError })
    renderWithClient(<Resource api={api} path="/profile" queryKey={['profile']} />, undefined, queryClient)
    expect(await screen.findByText('Error: Unauthorized')).toBeInTheDocument()
    await pause(50)
    expect(onError).toHaveBeenCalledTimes(1)
    expect(onError.mock.calls[0]?.[0]).toMatchObject({ type: 'Unauthorized' })
    expect(hitsOf(server, '/profile')).toHaveLength(1)
  })

  it('stops after disconnect, and a throwing onError does not break the cache', async () => {
    server.routes['/missing'] = (_req, res) => json(res, 404, {})
    const api = client(server)
    const queryClient = newClient()
    const onError = vi.fn(() => {
      throw new Error('outlet broke')
    })
    const disconnect = connect(queryClient, { onError })
    const failures: unknown[] = []
    const onUncaught = (error: unknown) => failures.push(error)
    process.on('uncaughtException', onUncaught)
    cleanups.push(() => process.off('uncaughtException', onUncaught))

    const fetched = queryClient.fetchQuery({ queryKey: ['a'], queryFn: () => api.get('/missing') })
    await expect(fetched).rejects.toMatchObject({ type: 'ResourceNotFound' })
    expect(onError).toHaveBeenCalledTimes(1)
    // The outlet's own failure is reported, not swallowed, and not thrown into TanStack's loop.
    await until(() => failures.length === 1)
    expect(failures[0]).toMatchObject({ message: 'outlet broke' })
    disconnect()
    disconnect()
    await queryClient.fetchQuery({ queryKey: ['b'], queryFn: () => api.get('/missing') }).catch(() => undefined)
    expect(onError).toHaveBeenCalledTimes(1)
  })
})

describe('connectApiErrors: misuse', () => {
  it('explains what to pass', () => {
    expect(() => connectApiErrors(undefined as unknown as QueryClient)).toThrow(
      /connectApiErrors: queryClient must be a QueryClient.*QueryClientProvider: connectApiErrors\(queryClient\)/,
    )
    expect(() => connectApiErrors({} as QueryClient)).toThrow(/QueryClient/)
    const queryClient = new QueryClient()
    expect(() => connectApiErrors(queryClient, { auth: {} as never })).toThrow(/createAuthCoordinator\(\)/)
    expect(() => connectApiErrors(queryClient, { onError: 'log' as never })).toThrow(/onError must be a function/)
  })

  it('refuses to connect the same client twice until disconnected', () => {
    const queryClient = new QueryClient()
    const disconnect = connectApiErrors(queryClient)
    expect(() => connectApiErrors(queryClient)).toThrow(/already connected/)
    disconnect()
    const again = connectApiErrors(queryClient)
    expect(typeof again).toBe('function')
    again()
  })
})
