import { QueryClient } from '@tanstack/react-query'
import { describe, expect, it } from 'vitest'
import { createOfflineStore } from '../../src/query/index.js'

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
})
