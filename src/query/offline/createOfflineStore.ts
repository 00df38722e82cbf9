import { onlineManager } from '@tanstack/react-query'
import type { Mutation, MutationCacheNotifyEvent, QueryCacheNotifyEvent, QueryClient } from '@tanstack/react-query'
import { parseApiError } from '../../core/index.js'
import type { ApiErrorAliases } from '../../core/index.js'
import { clientAliases } from '../shared/clientState.js'
import { queryClientOption } from '../shared/queryClientOption.js'
import { createListeners } from '../shared/createListeners.js'
import { claimNetworkErrors } from './networkErrorOutlet.js'

/** What `OfflineBanner` shows. */
export interface OfflineState {
  /** TanStack's `onlineManager` says offline, or the last request failed with Network. */
  readonly offline: boolean
  /** Paused mutations: changes waiting to be sent. */
  readonly pending: number
  /** The connection came back and every change that waited was sent: say so, once. */
  readonly restored: boolean
}

export interface OfflineStore {
  /** Starts listening with the first listener and stops with the last. */
  subscribe(listener: () => void): () => void
  /** The same object until something changes. */
  getSnapshot(): OfflineState
  /** Hides the "back online" line (it was announced). */
  clearRestored(): void
}

/** What a server render and a first hydration render show: nothing is known to be wrong. */
export const ONLINE: OfflineState = Object.freeze({ offline: false, pending: 0, restored: false })

type Verdict = 'down' | 'up' | undefined

/** A failure says the API cannot be reached (Network) or that it answered (anything but an abort). */
function verdictOf(raw: unknown, aliases: ApiErrorAliases | undefined): Verdict {
  if (raw === null || raw === undefined) return undefined
  const { type } = parseApiError(raw, { aliases })
  return type === 'Network' ? 'down' : type === 'Aborted' ? undefined : 'up'
}

/**
 * The framework-agnostic state behind `OfflineBanner`: offline while `onlineManager` says so or
 * after a Network failure of any query or mutation of `queryClient` (an attempt that will be
 * retried counts) until a request reaches the API again; how many mutations are paused; and, once
 * back online, whether every change that waited was sent. While listened to, it takes over the
 * client's Network failures from `ApiErrorNotifications`.
 */
export function createOfflineStore(queryClient: QueryClient): OfflineStore {
  queryClientOption('createOfflineStore', queryClient)
  const aliases = clientAliases(queryClient)
  /** Mutations that were paused during this offline spell. */
  const waited = new Set<Mutation>()
  let unreachable = false
  let restored = false
  let snapshot = ONLINE

  const paused = () =>
    queryClient
      .getMutationCache()
      .getAll()
      .filter((mutation) => mutation.state.isPaused)

  const publish = () => {
    const waiting = paused()
    for (const mutation of waiting) waited.add(mutation)
    const offline = !onlineManager.isOnline() || unreachable
    if (!offline && waited.size > 0 && [...waited].every((mutation) => mutation.state.status !== 'pending')) {
      waited.clear()
      restored = true
    }
    if (offline) restored = false
    const next = { offline, pending: waiting.length, restored }
    if (next.offline === snapshot.offline && next.pending === snapshot.pending && next.restored === snapshot.restored)
      return
    snapshot = Object.freeze(next)
    listeners.notify()
  }

  const heard = (verdict: Verdict) => {
    if (verdict === 'down') unreachable = true
    else if (verdict === 'up') unreachable = false
  }

  const onQuery = (event: QueryCacheNotifyEvent) => {
    if (event.type !== 'updated') return
    const { action } = event
    if (action.type === 'failed' || action.type === 'error') heard(verdictOf(action.error, aliases))
    else if (action.type === 'success' && !action.manual) heard('up')
    publish()
  }

  const onMutation = (event: MutationCacheNotifyEvent) => {
    if (event.type === 'removed') waited.delete(event.mutation)
    if (event.type === 'updated') {
      const { action } = event
      if (action.type === 'failed' || action.type === 'error') heard(verdictOf(action.error, aliases))
      else if (action.type === 'success') heard('up')
    }
    publish()
  }

  const listeners = createListeners(() => {
    const release = claimNetworkErrors(queryClient)
    const queries = queryClient.getQueryCache().subscribe(onQuery)
    const mutations = queryClient.getMutationCache().subscribe(onMutation)
    const online = onlineManager.subscribe(publish)
    publish()
    return () => {
      release()
      queries()
      mutations()
      online()
    }
  })

  return {
    subscribe: listeners.subscribe,
    getSnapshot: () => snapshot,
    clearRestored() {
      if (!restored) return
      restored = false
      publish()
    },
  }
}
