import { MutationObserver, QueryClient, onlineManager } from '@tanstack/react-query'
import { afterEach, describe, expect, it } from 'vitest'
import { createOfflineStore } from '../../src/query/index.js'
import { client, hitsOf, json, setUpQueryTests, until } from './api.js'

const { server, newClient, cleanups } = setUpQueryTests({ maxRetries: 0 })
afterEach(() => onlineManager.setOnline(true))

describe('createOfflineStore', () => {
  it('starts online, with nothing waiting', () => {
    const store = createOfflineStore(new QueryClient())
    const stop = store.subscribe(() => undefined)
    expect(store.getSnapshot()).toEqual({ offline: false, pending: 0, restored: false })
    stop()
  })

  it.each([null, undefined, 'client', {}])('explains misuse: %s is not a QueryClient', (value) => {
    expect(() => createOfflineStore(value as never)).toThrow(
      /createOfflineStore: queryClient must be a QueryClient \(got .+\)\. Pass the client/,
    )
  })

  it('says "restored" only once every paused change was sent, not when the first of two was', async () => {
    // The server holds each answer until the test sends it.
    const answers: Array<() => void> = []
    server.routes['/drafts'] = (_req, res) => void answers.push(() => json(res, 201, { saved: true }))
    const queryClient = newClient()
    // A mounted client (as under QueryClientProvider) resumes paused mutations when back online.
    queryClient.mount()
    cleanups.push(() => queryClient.unmount())
    const store = createOfflineStore(queryClient)
    cleanups.push(store.subscribe(() => undefined))
    const api = client(server)
    const save = (text: string) =>
      new MutationObserver(queryClient, { mutationFn: () => api.post('/drafts', { text }) }).mutate()

    onlineManager.setOnline(false)
    const saves = [save('first'), save('second')]
    await until(() => store.getSnapshot().pending === 2)
    expect(store.getSnapshot()).toEqual({ offline: true, pending: 2, restored: false })

    onlineManager.setOnline(true)
    await until(() => hitsOf(server, '/drafts').length === 2)
    answers[0]!()
    await Promise.race(saves)
    expect(store.getSnapshot()).toEqual({ offline: false, pending: 0, restored: false })

    answers[1]!()
    await Promise.all(saves)
    expect(store.getSnapshot()).toEqual({ offline: false, pending: 0, restored: true })
  })
})
