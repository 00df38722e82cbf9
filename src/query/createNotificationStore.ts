import { isCancelledError } from '@tanstack/react-query'
import type { Mutation, MutationCacheNotifyEvent, Query, QueryCacheNotifyEvent, QueryClient } from '@tanstack/react-query'
import { parseApiError } from '../core/index.js'
import type { ApiError } from '../core/index.js'
import { isOptedOut } from './apiErrorsMeta.js'
import { createListeners } from './createListeners.js'
import { networkErrorsClaimed } from './networkErrorOutlet.js'

/** One line of the global outlet: the newest error of a type and status. */
export interface ApiErrorNotification {
  /** `type:status`, e.g. `Unavailable:503`: errors with the same key are shown once. */
  readonly key: string
  /** The newest error with this key. */
  readonly error: ApiError
  /** Refetches the queries that failed this way; absent when only mutations did. */
  readonly retry?: () => void
}

export interface NotificationStore {
  /** Starts listening to the caches with the first listener and stops with the last. */
  subscribe(listener: () => void): () => void
  /** Newest first; the same array until something changes. */
  getSnapshot(): readonly ApiErrorNotification[]
  dismiss(key: string): void
}

interface Entry {
  error: ApiError
  sources: Set<Query | Mutation>
  order: number
}

const EMPTY: readonly ApiErrorNotification[] = Object.freeze([])

/** Errors shown where they happen are not the outlet's: queries without data, mutations with their own `onError`. */
function reportable(raw: unknown, meta: unknown): ApiError | undefined {
  if (raw === null || raw === undefined || isCancelledError(raw) || isOptedOut(meta)) return undefined
  const error = parseApiError(raw)
  return error.type === 'Aborted' ? undefined : error
}

/**
 * The framework-agnostic state behind `ApiErrorNotifications`: background failures of queries
 * that still have data, and failures of mutations without an `onError` of their own, de-duplicated
 * by type and status. A line goes away when dismissed, or when every query or mutation behind it
 * succeeds again (or leaves the cache).
 */
export function createNotificationStore(queryClient: QueryClient): NotificationStore {
  const entries = new Map<string, Entry>()
  const dismissed = new WeakSet<object>()
  let snapshot = EMPTY
  let order = 0

  const publish = () => {
    snapshot = Object.freeze(
      [...entries]
        .sort(([, a], [, b]) => b.order - a.order)
        .map(([key, entry]): ApiErrorNotification => {
          const queries = [...entry.sources].filter((source): source is Query => 'queryHash' in source)
          const retry = queries.length > 0 ? () => void queryClient.refetchQueries({ predicate: (query) => queries.includes(query) }) : undefined
          return retry ? { key, error: entry.error, retry } : { key, error: entry.error }
        }),
    )
    listeners.notify()
  }

  const add = (source: Query | Mutation, raw: unknown, meta: unknown) => {
    const error = reportable(raw, meta)
    // A mounted OfflineBanner already says the connection is lost.
    if (!error || (error.type === 'Network' && networkErrorsClaimed(queryClient)) || (typeof raw === 'object' && raw !== null && dismissed.has(raw))) return false
    const key = `${error.type}:${error.status}`
    for (const [other, entry] of entries) if (other !== key && entry.sources.delete(source) && entry.sources.size === 0) entries.delete(other)
    const entry = entries.get(key) ?? { error, sources: new Set(), order: 0 }
    entry.error = error
    entry.order = ++order
    entry.sources.add(source)
    entries.set(key, entry)
    return true
  }

  /** The source recovered or left the cache: its lines go when nothing else holds them. */
  const settle = (source: Query | Mutation) => {
    let changed = false
    for (const [key, entry] of entries) {
      if (entry.sources.delete(source)) {
        changed = true
        if (entry.sources.size === 0) entries.delete(key)
      }
    }
    return changed
  }

  const onQuery = (event: QueryCacheNotifyEvent) => {
    const { query } = event
    let changed = false
    if (event.type === 'removed') changed = settle(query)
    else if (event.type === 'updated' && event.action.type === 'success' && !event.action.manual) changed = settle(query)
    else if (event.type === 'updated' && event.action.type === 'error' && query.state.data !== undefined) changed = add(query, event.action.error, query.meta)
    if (changed) publish()
  }

  const onMutation = (event: MutationCacheNotifyEvent) => {
    let changed = false
    if (event.type === 'removed') changed = settle(event.mutation)
    else if (event.type === 'updated' && event.action.type === 'success') changed = settle(event.mutation)
    else if (event.type === 'updated' && event.action.type === 'error' && !event.mutation.options.onError) {
      changed = add(event.mutation, event.action.error, event.mutation.meta)
    }
    if (changed) publish()
  }

  /** Picks up background failures that happened before anyone listened. */
  const seed = () => {
    let changed = false
    for (const query of queryClient.getQueryCache().getAll()) {
      const known = [...entries.values()].some((entry) => entry.sources.has(query))
      if (!known && query.state.status === 'error' && query.state.data !== undefined) changed = add(query, query.state.error, query.meta) || changed
    }
    return changed
  }

  const listeners = createListeners(() => {
    const queries = queryClient.getQueryCache().subscribe(onQuery)
    const mutations = queryClient.getMutationCache().subscribe(onMutation)
    if (seed()) publish()
    return () => {
      queries()
      mutations()
    }
  })

  return {
    subscribe: listeners.subscribe,
    getSnapshot: () => snapshot,
    dismiss(key) {
      const entry = entries.get(key)
      if (!entry) return
      for (const source of entry.sources) {
        const raw = source.state.error
        if (typeof raw === 'object' && raw !== null) dismissed.add(raw)
      }
      entries.delete(key)
      publish()
    },
  }
}
