import { checkAliases } from './aliases.js'
import type { AuthCoordinator } from './createAuthCoordinator.js'
import { MAX_TIMER_MS } from './createRetryPolicy.js'
import type { ApiErrorAliases } from './types.js'

/** Where the bearer token comes from: sync or async; `null`, `undefined` or `''` sends none. */
export type AccessTokenGetter = () => string | null | undefined | Promise<string | null | undefined>

/** The fetch implementation `createApiFetch` calls; always given a `Request`. */
export type FetchImplementation = (input: Request) => Promise<Response>

export interface ApiFetchOptions {
  /** Prefix for relative URLs: `'/users'` with `https://api.test/v1` calls `https://api.test/v1/users`. */
  baseUrl?: string
  /** Defaults to `globalThis.fetch`, looked up at each call (so test mocks and polyfills apply). */
  fetch?: FetchImplementation
  /** Adds `Authorization: Bearer <token>` unless the request already has an `Authorization` header. */
  getAccessToken?: AccessTokenGetter
  /** The coordinator from `createAuthCoordinator`: a 401 waits for it and replays once. */
  auth?: Pick<AuthCoordinator, 'reauthenticate' | 'generation'>
  /** Gives up on an attempt after this long (ApiError Timeout, status 0). Default: no limit. */
  timeoutMs?: number
  /**
   * After a 429 or 503 with a delay, requests to that origin wait when the delay left is at most
   * this, and otherwise fail at once with RateLimited. Default 10 000 ms; 0 never waits.
   */
  maxGateWaitMs?: number
  /** Extra attempts after a network failure or a timeout, for idempotent methods only. Default 0. */
  retries?: number
  /** Extra vendor codes, as for `parseApiError`. */
  aliases?: ApiErrorAliases
}

export interface NormalizedApiFetchOptions {
  baseUrl?: string
  fetch?: FetchImplementation
  getAccessToken?: AccessTokenGetter
  auth?: Pick<AuthCoordinator, 'reauthenticate' | 'generation'>
  timeoutMs?: number
  maxGateWaitMs: number
  retries: number
  aliases?: ApiErrorAliases
}

const fail = (what: string, got: unknown, fix: string): never => {
  throw new Error(`createApiFetch: ${what} (got ${got === null ? 'null' : typeof got === 'number' ? String(got) : typeof got}). ${fix}`)
}

/** Every option of `createApiFetch` defaulted and checked in one place; misuse throws with what to pass instead. */
export function normalizeApiFetchOptions(options: ApiFetchOptions | undefined): NormalizedApiFetchOptions {
  if (options === undefined || options === null) options = {}
  if (typeof options !== 'object') fail('options must be an object', options, 'Pass e.g. { baseUrl, getAccessToken, auth }, or nothing.')
  const { baseUrl, fetch, getAccessToken, auth, timeoutMs, maxGateWaitMs = 10_000, retries = 0, aliases } = options

  if (baseUrl !== undefined && typeof baseUrl !== 'string') fail('baseUrl must be a string', baseUrl, "Pass the API's root, such as 'https://api.example.com/v1'.")
  if (fetch !== undefined && typeof fetch !== 'function') fail('fetch must be a function', fetch, 'Pass a fetch implementation, or leave it out to use globalThis.fetch.')
  if (getAccessToken !== undefined && typeof getAccessToken !== 'function') {
    fail('getAccessToken must be a function', getAccessToken, 'Pass () => token (or an async function); return null when signed out.')
  }
  if (auth !== undefined) {
    const candidate = auth as Partial<AuthCoordinator> | null
    if (typeof candidate !== 'object' || candidate === null || typeof candidate.reauthenticate !== 'function' || typeof candidate.generation !== 'number') {
      fail('auth must be an auth coordinator', auth, 'Pass the object createAuthCoordinator() returns.')
    }
  }
  if (timeoutMs !== undefined && (typeof timeoutMs !== 'number' || !(timeoutMs > 0) || timeoutMs > MAX_TIMER_MS)) {
    fail(`timeoutMs must be a number of milliseconds between 1 and ${MAX_TIMER_MS}`, timeoutMs, 'Leave it out for no timeout.')
  }
  if (typeof maxGateWaitMs !== 'number' || !(maxGateWaitMs >= 0) || maxGateWaitMs > MAX_TIMER_MS) {
    fail(`maxGateWaitMs must be a number of milliseconds between 0 and ${MAX_TIMER_MS}`, maxGateWaitMs, 'Leave it out for the default, 10000.')
  }
  if (typeof retries !== 'number' || !Number.isInteger(retries) || retries < 0) {
    fail('retries must be a non-negative integer', retries, 'Leave it out for the default, 0 (no transport retries).')
  }
  checkAliases(aliases, 'createApiFetch')

  return {
    baseUrl: baseUrl ? baseUrl.replace(/\/+$/, '') : undefined,
    fetch,
    getAccessToken,
    auth,
    timeoutMs,
    maxGateWaitMs,
    retries,
    aliases,
  }
}
