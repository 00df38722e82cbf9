import { isCancelledError, notifyManager } from '@tanstack/react-query'
import type {
  Mutation,
  MutationCacheNotifyEvent,
  Query,
  QueryCacheNotifyEvent,
  QueryClient,
} from '@tanstack/react-query'
import { parseApiError } from '../../core/index.js'
import type { ApiError } from '../../core/index.js'
import type { ErrorClaims } from '../../react/index.js'
import { clientAliases } from '../shared/clientState.js'
import { isOptedOut } from '../shared/apiErrorsMeta.js'
import { createListeners } from '../shared/createListeners.js'
import { networkErrorsClaimed } from '../offline/networkErrorOutlet.js'
import { createSameSubmit } from './sameSubmit.js'

/** One line of the global outlet: the newest error of a type and status (its words are added by `useApiErrorNotifications`). */
export interface NotificationLine {
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
  getSnapshot(): readonly NotificationLine[]
  dismiss(key: string): void
}

interface Entry {
  error: ApiError
  /** The value the query or mutation failed with, as components receive it (and claim it). */
  raw: unknown
  sources: Set<Query | Mutation>
  order: number
}

const EMPTY: readonly NotificationLine[] = Object.freeze([])

/**
 * The framework-agnostic state behind `ApiErrorNotifications`: background failures of queries
 * that still have data, and failures of mutations without an `onError` of their own, de-duplicated
 * by type and status. An error a mounted `ErrorBanner`, `ErrorMessage`, `UpgradePrompt` or
 * `FieldErrors` already shows is left out while it is shown there. A line goes away when
 * dismissed, or when every query or mutation behind it succeeds again (or leaves the cache) — a
 * mutation also when a later one of the same `useMutation` or `mutationKey` succeeds.
 */
export function createNotificationStore(queryClient: QueryClient, claims: ErrorClaims | undefined): NotificationStore {
  const aliases = clientAliases(queryClient)
  /** Errors shown where they happen are not the outlet's: queries without data, mutations with their own `onError`. */
  const reportable = (raw: unknown, meta: unknown): ApiError | undefined => {
    if (raw === null || raw === undefined || isCancelledError(raw) || isOptedOut(meta)) return undefined
    const error = parseApiError(raw, { aliases })
    return error.type === 'Aborted' ? undefined : error
  }
  /** A component of the same app shows it in place (its provider's claims): the outlet would show it twice. */
  const shownInPlace = (entry: Entry) =>
    claims !== undefined && (claims.isClaimed(entry.raw) || claims.isClaimed(entry.error))

  const entries = new Map<string, Entry>()
  const dismissed = new WeakSet<object>()
  let snapshot = EMPTY
  let order = 0
  let scheduled = false

  /** Newest first, without the errors shown in place. */
  const visible = () =>
    [...entries].filter(([, entry]) => !shownInPlace(entry)).sort(([, a], [, b]) => b.order - a.order)

  const publish = () => {
    snapshot = Object.freeze(
      visible().map(([key, entry]): NotificationLine => {
        const queries = [...entry.sources].filter((source): source is Query => 'queryHash' in source)
        const retry =
          queries.length > 0
            ? () => void queryClient.refetchQueries({ predicate: (query) => queries.includes(query) })
            : undefined
        return retry ? { key, error: entry.error, retry } : { key, error: entry.error }
      }),
    )
    listeners.notify()
  }

  /**
   * Cache events publish a task after TanStack's notify flush, in which the hooks hand React the
   * same failure: a component showing it in place has rendered (and claimed it) by then, so its
   * line is never published, not even for a frame.
   */
  const publishSoon = () => {
    if (scheduled) return
    scheduled = true
    notifyManager.schedule(() => {
      setTimeout(() => {
        scheduled = false
        publish()
      }, 0)
    })
  }

  /** A component started or stopped showing an error: publish only if the visible lines changed. */
  const onClaims = () => {
    const next = visible()
    if (
      next.length === snapshot.length &&
      next.every(([key, entry], index) => snapshot[index]!.key === key && snapshot[index]!.error === entry.error)
    )
      return
    publish()
  }

  const add = (source: Query | Mutation, raw: unknown, meta: unknown) => {
    const error = reportable(raw, meta)
    // A mounted OfflineBanner already says the connection is lost.
    if (
      !error ||
      (error.type === 'Network' && networkErrorsClaimed(queryClient)) ||
      (typeof raw === 'object' && raw !== null && dismissed.has(raw))
    )
      return false
    const key = `${error.type}:${error.status}`
    for (const [other, entry] of entries)
      if (other !== key && entry.sources.delete(source) && entry.sources.size === 0) entries.delete(other)
    const entry = entries.get(key) ?? { error, raw, sources: new Set(), order: 0 }
    entry.error = error
    entry.raw = raw
    entry.order = ++order
    entry.sources.add(source)
    entries.set(key, entry)
    return true
  }

  /** The sources that recovered or left the cache: their lines go when nothing else holds them. */
  const settle = (recovered: (source: Query | Mutation) => boolean) => {
    let changed = false
    for (const [key, entry] of entries) {
      for (const source of entry.sources) {
        if (!recovered(source)) continue
        entry.sources.delete(source)
        changed = true
      }
      if (entry.sources.size === 0) entries.delete(key)
    }
    return changed
  }
  const sameSubmit = createSameSubmit()

  const onQuery = (event: QueryCacheNotifyEvent) => {
    const { query } = event
    let changed = false
    if (event.type === 'removed') changed = settle((source) => source === query)
    else if (event.type === 'updated' && event.action.type === 'success' && !event.action.manual)
      changed = settle((source) => source === query)
    else if (event.type === 'updated' && event.action.type === 'error' && query.state.data !== undefined)
      changed = add(query, event.action.error, query.meta)
    if (changed) publishSoon()
  }

  const onMutation = (event: MutationCacheNotifyEvent) => {
    sameSubmit.observe(event)
    let changed = false
    if (event.type === 'removed') changed = settle((source) => source === event.mutation)
    else if (event.type === 'updated' && event.action.type === 'success') {
      // A later run of the same submit succeeded (each mutate() is a new Mutation): the notice is stale.
      const { mutation } = event
      changed = settle((source) => !('queryHash' in source) && sameSubmit.matches(source, mutation))
    } else if (event.type === 'updated' && event.action.type === 'error' && !event.mutation.options.onError) {
      changed = add(event.mutation, event.action.error, event.mutation.meta)
    }
    if (changed) publishSoon()
  }

  /** Picks up background failures that happened before anyone listened. */
  const seed = () => {
    let changed = false
    for (const query of queryClient.getQueryCache().getAll()) {
      const known = [...entries.values()].some((entry) => entry.sources.has(query))
      if (!known && query.state.status === 'error' && query.state.data !== undefined)
        changed = add(query, query.state.error, query.meta) || changed
    }
    return changed
  }

  const listeners = createListeners(() => {
    const queries = queryClient.getQueryCache().subscribe(onQuery)
    const mutations = queryClient.getMutationCache().subscribe(onMutation)
    const stopClaims = claims?.subscribe(onClaims)
    if (seed()) publish()
    return () => {
      queries()
      mutations()
      stopClaims?.()
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
