import { checkAliases } from '../parse/aliases.js'
import { authOption } from '../auth/authOption.js'
import type { AuthCoordinator } from '../auth/types.js'
import type { RateLimitGateScope } from '../retry/createRateLimitGate.js'
import { crossTabOption } from '../tabs/crossTabOption.js'
import type { CrossTab, CrossTabProtocol } from '../tabs/protocol.js'
import { isSecureOrigin } from './isSecureOrigin.js'
import { functionOption, misuse, numberOption } from '../shared/options.js'
import { trimEnd } from '../shared/trimEnd.js'
import { hasScheme } from '../shared/url.js'
import type { ApiErrorAliases } from '../parse/types.js'

/** Where the bearer token comes from: sync or async; `null`, `undefined` or `''` sends none. */
export type AccessTokenGetter = () => string | null | undefined | Promise<string | null | undefined>

/**
 * The fetch implementation `createApiFetch` calls: always given a `Request`, and as `init` the
 * caller's `RequestInit` fields the `Request` cannot carry or that a framework reads from `init`
 * (Next.js's `next: { revalidate, tags }`, `cache`, `priority`…). Never the body, method, headers
 * or signal: those are in the `Request`.
 */
export type FetchImplementation = (input: Request, init?: RequestInit) => Promise<Response>

export interface ApiFetchOptions {
  /** Prefix for relative URLs: `'/users'` with `https://api.test/v1` calls `https://api.test/v1/users`. */
  baseUrl?: string
  /** Defaults to `globalThis.fetch`, looked up at each call (so test mocks and polyfills apply). */
  fetch?: FetchImplementation
  /**
   * Adds `Authorization: Bearer <token>` unless the request already has an `Authorization` header,
   * only to the origin of `baseUrl` (without an absolute `baseUrl`: the page's origin) and to
   * `allowedOrigins`, and never over plain http: except to loopback.
   */
  getAccessToken?: AccessTokenGetter
  /**
   * More origins that get the token, and whose 401s re-authenticate: `['https://files.example.com']`.
   * Exact origins only (scheme, host, port; no path, no wildcard); https:, or http: on loopback.
   */
  allowedOrigins?: readonly string[]
  /** The coordinator from `createAuthCoordinator`: a 401 waits for it and replays once. */
  auth?: AuthCoordinator
  /** Gives up on an attempt after this long (ApiError Timeout, status 0). Default: no limit. */
  timeoutMs?: number
  /**
   * After a 429 or 503 with a delay, requests to that origin wait when the delay left is at most
   * this, and otherwise fail at once with RateLimited. Default 10 000 ms; 0 never waits.
   */
  maxGateWaitMs?: number
  /**
   * What one 429 or 503 pauses: `'origin'` (default: most APIs limit per key, so every endpoint
   * waits), `'path'` (only the same origin and path: for APIs that limit per endpoint), or `false`
   * (no gate: a server that forwards each user's own token must not make one user wait for another).
   */
  rateLimitGate?: RateLimitGateScope | false
  /** Extra attempts after a network failure or a timeout, for idempotent methods only. Default 0. */
  maxRetries?: number
  /** Extra vendor codes, as for `parseApiError`. */
  aliases?: ApiErrorAliases
  /**
   * `createCrossTab({ name })`: the rate-limit gate is shared with every tab of the origin that
   * uses the same name: a pause seen in one tab holds the others, and tabs opened during it. Pass
   * the same object to `createAuthCoordinator`.
   */
  crossTab?: CrossTab
}

/** `ApiFetchOptions` checked, with their defaults filled in. */
export type NormalizedApiFetchOptions = Omit<ApiFetchOptions, 'crossTab'> & {
  maxGateWaitMs: number
  maxRetries: number
  rateLimitGate: RateLimitGateScope | false
  /** The origins trusted with the token: `allowedOrigins` and an absolute `baseUrl`'s. */
  tokenOrigins: readonly string[]
  /** Whether the page's own origin is trusted too (no absolute `baseUrl`). */
  trustsPage: boolean
  /** How the tabs share the rate-limit gate, or `undefined`. */
  crossTab: CrossTabProtocol | undefined
}

const CALLER = 'createApiFetch'
const ROOT = "Pass a URL such as 'https://api.example.com/v1', or a path such as '/api'."
const ORIGIN = "'https://files.example.com'"

/** Every option of `createApiFetch` defaulted and checked in one place; misuse throws with what to pass instead. */
export function normalizeApiFetchOptions(options: ApiFetchOptions | undefined): NormalizedApiFetchOptions {
  if (options === undefined || options === null) options = {}
  if (typeof options !== 'object')
    misuse(CALLER, 'options must be an object', options, __DEV__ && 'Pass { baseUrl, … } or nothing.')
  const { baseUrl, fetch, getAccessToken, auth, aliases, rateLimitGate = 'origin' } = options

  if (baseUrl !== undefined && typeof baseUrl !== 'string')
    misuse(CALLER, 'baseUrl must be a string', baseUrl, __DEV__ && ROOT)
  functionOption(CALLER, 'fetch', fetch, __DEV__ && 'Leave it out for globalThis.fetch.')
  functionOption(CALLER, 'getAccessToken', getAccessToken, __DEV__ && 'Pass () => token (or null when signed out).')
  if (rateLimitGate !== 'origin' && rateLimitGate !== 'path' && rateLimitGate !== false) {
    misuse(
      CALLER,
      "rateLimitGate must be 'origin', 'path' or false",
      rateLimitGate,
      __DEV__ && "Leave it out for 'origin'.",
    )
  }
  checkAliases(aliases, CALLER)
  const tokenOrigins = checkOrigins(options.allowedOrigins)
  const base = baseUrl && hasScheme(baseUrl) ? parseUrl(baseUrl) : undefined
  if (base === null) misuse(CALLER, 'baseUrl must be a valid URL', baseUrl, __DEV__ && ROOT)
  if (base && getAccessToken && !isSecureOrigin(base))
    misuse(CALLER, 'the token is never sent over plain http: except to loopback', baseUrl, __DEV__ && 'Use https:.')
  if (base) tokenOrigins.push(base.origin)

  return {
    baseUrl: baseUrl ? trimEnd(baseUrl, '/') : undefined,
    fetch,
    getAccessToken,
    auth: authOption(CALLER, auth),
    timeoutMs: numberOption(CALLER, 'timeoutMs', options.timeoutMs, undefined, 1),
    maxGateWaitMs: numberOption(CALLER, 'maxGateWaitMs', options.maxGateWaitMs, 10_000),
    maxRetries: numberOption(CALLER, 'maxRetries', options.maxRetries, 0, 0, Infinity, true),
    rateLimitGate,
    tokenOrigins,
    trustsPage: !base,
    aliases,
    crossTab: crossTabOption(CALLER, options.crossTab),
  }
}

const parseUrl = (text: string): URL | null => {
  try {
    return new URL(text)
  } catch {
    return null
  }
}

/** `allowedOrigins` as exact, secure origins; anything else throws with what to write instead. */
function checkOrigins(origins: unknown): string[] {
  if (origins === undefined) return []
  if (!Array.isArray(origins))
    misuse(CALLER, 'allowedOrigins must be an array of origins', origins, __DEV__ && `Pass e.g. [${ORIGIN}].`)
  return origins.map((entry: unknown, index) => {
    const url = typeof entry === 'string' ? parseUrl(entry) : null
    if (
      !url ||
      url.host.includes('*') ||
      url.origin !== trimEnd(entry as string, '/').toLowerCase() ||
      !isSecureOrigin(url)
    ) {
      misuse(
        CALLER,
        `allowedOrigins[${index}] must be an origin: https: (or http: on loopback), no path or wildcard`,
        entry,
        __DEV__ && `Write e.g. ${ORIGIN}.`,
      )
    }
    return url.origin
  })
}
