import { onlineManager, useMutation, useQuery } from '@tanstack/react-query'
import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { en } from '../../src/index.js'
import { ApiErrorNotifications, OfflineBanner } from '../../src/query/index.js'
import { close } from '../core/support/server.js'
import { client, hitsOf, json, renderWithClient, setUpQueryTests } from './api.js'

const { server, newClient, cleanups } = setUpQueryTests({ maxRetries: 0 })
afterEach(() => onlineManager.setOnline(true))

const status = () =>
  screen.getAllByRole('status').find((element) => element.classList.contains('rae-offline')) as HTMLElement
const pending = (count: number) => `${count} ${count === 1 ? 'change' : 'changes'} waiting to be sent`

/** Counts how many times `text` was put into `element` (each insertion is one announcement). */
function announcements(element: HTMLElement, text: string) {
  let count = element.textContent?.includes(text) ? 1 : 0
  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node.textContent?.includes(text)) count++
  })
  observer.observe(element, { childList: true, subtree: true })
  cleanups.push(() => observer.disconnect())
  return () => count
}

describe('OfflineBanner', () => {
  it('offline → a change waits → online: sent exactly once, announced once', async () => {
    const user = userEvent.setup()
    server.routes['/drafts'] = (_req, res) => json(res, 201, { id: 'draft_1' })
    const api = client(server)
    function Draft() {
      const save = useMutation({ mutationFn: (text: string) => api.post<{ id: string }>('/drafts', { text }) })
      return (
        <>
          <button type="button" onClick={() => save.mutate('notes')}>
            Save
          </button>
          {save.isSuccess && <p>Saved {save.data.id}</p>}
        </>
      )
    }
    renderWithClient(
      <>
        <OfflineBanner />
        <Draft />
      </>,
      undefined,
      newClient(),
    )
    const region = status()
    expect(region).toBeEmptyDOMElement()
    const restored = announcements(region, en.offline.restored)

    act(() => onlineManager.setOnline(false))
    expect(within(region).getByText(en.offline.title)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(await within(region).findByText(pending(1))).toBeInTheDocument()
    expect(region).toHaveAccessibleName(`${en.severity.warning}: ${en.offline.title}`)
    expect(hitsOf(server, '/drafts')).toHaveLength(0)

    act(() => onlineManager.setOnline(true))
    expect(await screen.findByText('Saved draft_1')).toBeInTheDocument()
    expect(await within(region).findByText(en.offline.restored)).toBeInTheDocument()
    // Anything else that happens later does not send it again nor announce again.
    act(() => onlineManager.setOnline(true))
    await user.click(screen.getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(hitsOf(server, '/drafts')).toHaveLength(2))
    expect(hitsOf(server, '/drafts').map((hit) => hit.body)).toEqual([
      JSON.stringify({ text: 'notes' }),
      JSON.stringify({ text: 'notes' }),
    ])
    expect(restored()).toBe(1)
    expect(within(region).queryByText(en.offline.title)).not.toBeInTheDocument()
  })

  it('server down → Network → server up on the same port: the query recovers without a click, shown once', async () => {
    let calls = 0
    const api = createServer((_req, res) => json(res, 200, { name: `Q${++calls}` }))
    await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve))
    const { port } = api.address() as AddressInfo
    cleanups.push(() => void close(api))
    const fetcher = client({ base: `http://127.0.0.1:${port}` } as never)
    function Report() {
      const query = useQuery({
        queryKey: ['report'],
        queryFn: ({ signal }) => fetcher.get<{ name: string }>('/report', signal),
      })
      return <p>{query.data ? `Report ${query.data.name}` : query.isError ? 'Report failed' : 'Loading'}</p>
    }
    const { queryClient } = renderWithClient(
      <>
        <OfflineBanner />
        <ApiErrorNotifications />
        <Report />
      </>,
      undefined,
      newClient(),
    )
    expect(await screen.findByText('Report Q1')).toBeInTheDocument()

    await close(api)
    await act(() => queryClient.refetchQueries())
    const region = status()
    expect(await within(region).findByText(en.offline.title)).toBeInTheDocument()
    // The lost connection shows in the offline banner only, not as a notification too.
    expect(
      within(screen.getByRole('region', { name: 'Notifications' })).queryByRole('listitem'),
    ).not.toBeInTheDocument()
    expect(screen.queryByText(en.types.Network.title)).not.toBeInTheDocument()

    await new Promise<void>((resolve) => api.listen(port, '127.0.0.1', resolve))
    expect(await screen.findByText('Report Q2', {}, { timeout: 10_000 })).toBeInTheDocument()
    await waitFor(() => expect(within(region).queryByText(en.offline.title)).not.toBeInTheDocument())
  })

  it('a mutation that failed with Network shows it too, until a request reaches the API again', async () => {
    const user = userEvent.setup()
    let up = false
    server.routes['/drafts'] = (req, res) => (up ? json(res, 201, { id: 'draft_2' }) : req.socket.destroy())
    const api = client(server)
    function Draft() {
      const save = useMutation({
        mutationFn: (text: string) => api.post<{ id: string }>('/drafts', { text }),
        onError: () => undefined,
      })
      return (
        <button type="button" onClick={() => save.mutate('notes')}>
          {save.isSuccess ? `Saved ${save.data.id}` : 'Save'}
        </button>
      )
    }
    renderWithClient(
      <>
        <OfflineBanner />
        <Draft />
      </>,
      undefined,
      newClient(),
    )
    await user.click(screen.getByRole('button', { name: 'Save' }))
    const region = status()
    expect(await within(region).findByText(en.offline.title)).toBeInTheDocument()
    expect(onlineManager.isOnline()).toBe(true)
    up = true
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(await screen.findByRole('button', { name: 'Saved draft_2' })).toBeInTheDocument()
    expect(region).toBeEmptyDOMElement()
  })

  it('leaves Network failures to ApiErrorNotifications when it is not mounted', async () => {
    let up = true
    server.routes['/feed'] = (req, res) => (up ? json(res, 200, { name: 'F' }) : req.socket.destroy())
    const api = client(server)
    function Feed() {
      const query = useQuery({
        queryKey: ['feed'],
        queryFn: ({ signal }) => api.get<{ name: string }>('/feed', signal),
        refetchInterval: false,
      })
      return <p>{query.data ? `Feed ${query.data.name}` : 'Loading'}</p>
    }
    const { queryClient } = renderWithClient(
      <>
        <ApiErrorNotifications />
        <Feed />
      </>,
      undefined,
      newClient(),
    )
    await screen.findByText('Feed F')
    up = false
    await act(() => queryClient.refetchQueries())
    expect(
      await within(screen.getByRole('region', { name: 'Notifications' })).findByText(en.types.Network.title),
    ).toBeInTheDocument()
  })
})
