import { isCancelledError } from '@tanstack/react-query'
import type {
  Mutation,
  MutationCacheNotifyEvent,
  MutationKey,
  Query,
  QueryCacheNotifyEvent,
  QueryClient,
  QueryKey,
} from '@tanstack/react-query'
import { parseApiError } from '../../core/index.js'
import type { ApiError, ApiErrorAliases, AuthCoordinator } from '../../core/index.js'
import { authOption } from '../../core/auth/authOption.js'
import { checkAliases } from '../../core/parse/aliases.js'
import { functionOption, misuse } from '../../core/shared/options.js'
import { clientAliases, clientState } from '../shared/clientState.js'
import { queryClientOption } from '../shared/queryClientOption.js'
import { isOptedOut } from '../shared/apiErrorsMeta.js'
import { createReauthReplay } from './createReauthReplay.js'

/** Where an error forwarded to `onError` came from. */
export type ApiErrorSource =
  | { type: 'query'; queryKey: QueryKey; meta?: Record<string, unknown> }
  | { type: 'mutation'; mutationKey?: MutationKey; meta?: Record<string, unknown> }

export interface ConnectApiErrorsOptions {
  /**
   * The coordinator from `createAuthCoordinator` (the one your `createApiFetch` and `ReauthDialog`
   * use). With it, queries and mutations that failed with Unauthorized run again, once, after the
   * session is renewed. Without it, Unauthorized is forwarded to `onError` like any other error.
   */
  auth?: AuthCoordinator
  /**
   * The global outlet (a toast, a logger): every failure of a query or mutation as an `ApiError`,
   * except aborts, 401s about to be replayed, and those whose `meta` says `{ apiErrors: false }`.
   */
  onError?: (error: ApiError, source: ApiErrorSource) => void
  /** Extra vendor codes, as for `parseApiError`. Defaults to those given to the client's `apiErrorQueryDefaults`. */
  aliases?: ApiErrorAliases
}

type Target = { kind: 'query'; query: Query } | { kind: 'mutation'; mutation: Mutation; error: unknown }

const CALLER = 'connectApiErrors'

function normalize(queryClient: unknown, options: ConnectApiErrorsOptions | undefined) {
  const client = queryClientOption(CALLER, queryClient)
  if (options === undefined || options === null) options = {}
  if (typeof options !== 'object')
    misuse(CALLER, 'options must be an object', options, __DEV__ && 'Pass { auth, onError }, or nothing.')
  functionOption(CALLER, 'onError', options.onError, __DEV__ && 'Pass (error, source) => void.')
  checkAliases(options.aliases, CALLER)
  // Aliases given to apiErrorQueryDefaults hold for the whole client.
  return {
    client,
    auth: authOption(CALLER, options.auth),
    onError: options.onError,
    aliases: options.aliases ?? clientAliases(client),
  }
}

/** Runs an app callback without letting it break the cache's notification loop. */
function safely(run: () => void): void {
  try {
    run()
  } catch (error) {
    queueMicrotask(() => {
      throw error
    })
  }
}

/**
 * Wires a QueryClient to the kit: after re-authentication, the active queries and the mutations
 * that failed with Unauthorized run again (mutations on the same `Mutation`, with the same
 * variables, exactly once; a replay that fails with Unauthorized again is not replayed), and every
 * other failure goes to `onError`. Returns the function that disconnects it.
 */
export function connectApiErrors(queryClient: QueryClient, options?: ConnectApiErrorsOptions): () => void {
  const { auth, onError, aliases } = normalize(queryClient, options)
  const state = clientState(queryClient)
  if (state.connected) {
    misuse(
      CALLER,
      'this QueryClient is already connected',
      queryClient,
      __DEV__ &&
        'Make one call with every option ({ auth, onError, aliases }), or call the function the first call returned before connecting again.',
    )
  }
  state.connected = true
  const queryCache = queryClient.getQueryCache()
  const mutationCache = queryClient.getMutationCache()
  /** The auth generation each request was sent with. */
  const sentWith = new WeakMap<object, number>()
  /** Queries and mutations run again after re-auth: a second 401 is final. */
  const replayed = new WeakSet<object>()
  /** Mutations whose observer has moved on to a newer mutation (the user submitted again). */
  const superseded = new WeakSet<object>()
  const observedBy = new WeakMap<object, Mutation>()

  const forward = (error: ApiError, source: ApiErrorSource) => {
    if (onError && error.type !== 'Aborted' && !isOptedOut(source.meta)) safely(() => onError(error, source))
  }
  const sourceOf = (target: Target): ApiErrorSource =>
    target.kind === 'query'
      ? { type: 'query', queryKey: target.query.queryKey, meta: target.query.meta }
      : { type: 'mutation', mutationKey: target.mutation.options.mutationKey, meta: target.mutation.meta }

  /** The failure each query or mutation waits to replay, by the query or mutation itself. */
  const pending = new Map<Query | Mutation, Target>()

  const replay = (key: Query | Mutation) => {
    const target = pending.get(key)
    pending.delete(key)
    if (target?.kind === 'query') {
      const { query } = target
      if (queryCache.get(query.queryHash) !== query || query.state.status !== 'error' || !query.isActive()) return
      replayed.add(query)
      void queryClient.refetchQueries(
        { predicate: (candidate) => candidate === query, type: 'active' },
        { cancelRefetch: false },
      )
    } else if (target) {
      const { mutation, error } = target
      // Gone from the cache (cleared at sign-out, collected), re-run by someone else, or submitted again: leave it.
      if (
        !mutationCache.getAll().includes(mutation) ||
        superseded.has(mutation) ||
        mutation.state.status !== 'error' ||
        mutation.state.error !== error
      )
        return
      replayed.add(mutation)
      // The same Mutation runs again, so every useMutation observing it goes pending → success.
      mutation.execute(mutation.state.variables).catch(() => undefined)
    }
  }
  const reauth = auth
    ? createReauthReplay<Query | Mutation>({
        auth,
        replay,
        giveUp: (key) => {
          const target = pending.get(key)
          if (!target) return
          const raw = target.kind === 'query' ? target.query.state.error : target.error
          forward(parseApiError(raw, { aliases }), sourceOf(target))
        },
      })
    : undefined

  const failed = (target: Target, raw: unknown) => {
    if (isCancelledError(raw)) return
    const key = target.kind === 'query' ? target.query : target.mutation
    const error = parseApiError(raw, { aliases })
    if (error.type === 'Unauthorized' && reauth && !replayed.has(key)) {
      pending.set(key, target)
      reauth.add(key, sentWith.get(key) ?? auth?.generation ?? 0)
      return
    }
    forward(error, sourceOf(target))
  }
  const drop = (key: Query | Mutation) => {
    pending.delete(key)
    reauth?.drop(key)
  }

  const onQueryEvent = (event: QueryCacheNotifyEvent) => {
    const { query } = event
    if (event.type === 'removed') return drop(query)
    if (event.type !== 'updated') return
    const { action } = event
    if (action.type === 'fetch' && auth) sentWith.set(query, auth.generation)
    else if (action.type === 'success' && !action.manual) {
      replayed.delete(query)
      drop(query)
    } else if (action.type === 'error') failed({ kind: 'query', query }, action.error)
  }

  const onMutationEvent = (event: MutationCacheNotifyEvent) => {
    if (event.type === 'removed') return drop(event.mutation)
    if (event.type === 'observerAdded') {
      const previous = observedBy.get(event.observer)
      if (previous && previous !== event.mutation) {
        superseded.add(previous)
        drop(previous)
      }
      observedBy.set(event.observer, event.mutation)
      return
    }
    if (event.type !== 'updated') return
    const { mutation, action } = event
    if (action.type === 'pending' && auth) sentWith.set(mutation, auth.generation)
    else if (action.type === 'error') failed({ kind: 'mutation', mutation, error: action.error }, action.error)
  }

  const unsubscribeQueries = queryCache.subscribe(onQueryEvent)
  const unsubscribeMutations = mutationCache.subscribe(onMutationEvent)
  let open = true
  return function disconnect() {
    if (!open) return
    open = false
    unsubscribeQueries()
    unsubscribeMutations()
    reauth?.dispose()
    pending.clear()
    state.connected = false
  }
}
