import { abortable, sleep } from '../shared/abortable.js'
import { deadline } from '../shared/deadline.js'
import { misuse } from '../shared/options.js'
import { joinUrl } from '../shared/url.js'
import { ApiError } from '../error/ApiError.js'
import { authProtocol } from '../auth/protocol.js'
import { createRateLimitGate } from '../retry/createRateLimitGate.js'
import { retryDelay } from '../retry/retryDelay.js'
import { isApiError } from '../error/isApiError.js'
import { isSecureOrigin } from './isSecureOrigin.js'
import { normalizeApiFetchOptions } from './normalizeApiFetchOptions.js'
import type { ApiFetchOptions, FetchImplementation } from './normalizeApiFetchOptions.js'
import { parseApiError } from '../parse/parseApiError.js'
import { readApiError } from '../parse/readApiError.js'
import { secretsInHeaders } from '../secrets/secretsInHeaders.js'
import { withoutSecrets } from '../error/withoutSecrets.js'

/** What `createApiFetch` returns: a drop-in `fetch` (openapi-fetch's `fetch` option, ky, your own code). */
export type ApiFetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>

const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'TRACE'])
/** What the `Request` it sends carries (or this function sets per attempt): never passed again as `init`. */
const OWNED_INIT_FIELDS = new Set(['body', 'method', 'headers', 'signal', 'duplex'])

/**
 * A `fetch` that throws `ApiError` for error statuses and transport failures, adds the bearer
 * token for trusted origins only, goes through the auth coordinator on their 401s and replays
 * once, keeps a rate-limit gate (per origin by default) after 429/503 with a delay, and optionally
 * times out and retries transport failures of idempotent requests. Responses below 400 (2xx, and 3xx with `redirect: 'manual'`) are returned as is.
 */
export function createApiFetch(options?: ApiFetchOptions): ApiFetch {
  const o = normalizeApiFetchOptions(options)
  const gate = o.rateLimitGate
    ? o.crossTab
      ? o.crossTab.shareGate(createRateLimitGate(o.rateLimitGate))
      : createRateLimitGate(o.rateLimitGate)
    : undefined

  return async function apiFetch(input, init) {
    const fetchImpl = o.fetch ?? (globalThis.fetch as FetchImplementation | undefined)
    if (typeof fetchImpl !== 'function') {
      misuse(
        'createApiFetch',
        'no fetch found',
        fetchImpl,
        __DEV__ && 'Pass options.fetch, or run where globalThis.fetch exists.',
      )
    }
    // The method and URL for errors: first as given, then as the `Request` built from them says.
    const { signal, request } = describeCall(input, init)
    const extra = passThrough(init)
    /** Every token this call sent, so none can leak through an error message. */
    const secrets: string[] = []
    /** Whatever went wrong, as an `ApiError`: a caller's abort is `Aborted`, whichever wait it stopped. */
    const toApiError = (failure: unknown): ApiError => {
      if (isApiError(failure)) return failure
      if (signal?.aborted)
        return new ApiError({
          type: 'Aborted',
          status: 0,
          message: 'The request was aborted',
          request,
          cause: signal.reason,
        })
      return parseApiError(failure, { request, aliases: o.aliases, secrets })
    }

    try {
      const template = toRequest(input, init, o.baseUrl)
      // The caller's own credentials (a `Request` or init headers) are as secret as our token.
      secrets.push(...secretsInHeaders(template.headers))
      request.method = template.method
      request.url = template.url
      const url = new URL(template.url)
      const gateKey = gate?.keyFor(url) ?? ''
      const pausedFor = () => gate?.pausedFor(gateKey) ?? 0
      const callerAuthorization = template.headers.has('authorization')
      // Only trusted origins get the token, and only their 401s re-authenticate.
      const trusted =
        isSecureOrigin(url) && (o.tokenOrigins.includes(url.origin) || (o.trustsPage && url.origin === pageOrigin()))
      let replayed = false
      for (let failures = 0; ;) {
        if (signal?.aborted) throw signal.reason
        // Wait while the origin (or path) is paused, or fail fast when the pause is longer than maxGateWaitMs.
        for (let left = pausedFor(); left > 0; left = pausedFor()) {
          if (left > o.maxGateWaitMs) {
            throw new ApiError({
              type: 'RateLimited',
              status: 0,
              retryAfterMs: left,
              message: `Requests to ${gateKey} are paused for ${Math.ceil(left / 1000)} s by the server; this one was not sent.`,
              request,
            })
          }
          await sleep(left, signal)
        }
        // Read before the token: a 401 then proves the token is at most as new as this generation.
        const generation = o.auth?.generation
        // One budget for the whole attempt: a getAccessToken that never settles times out too.
        const attempt = deadline(signal, o.timeoutMs)
        let response: Response
        try {
          const headers = new Headers(template.headers)
          if (o.getAccessToken && trusted && !callerAuthorization) {
            const given: unknown = await abortable(Promise.resolve().then(o.getAccessToken), attempt.signal)
            // Sent trimmed (a token read from a file ends in a newline): scrub what is sent, and what was given.
            const token = typeof given === 'string' ? given.trim() : given
            if (typeof token === 'string' && token) {
              secrets.push(given as string, token)
              headers.set('authorization', `Bearer ${token}`)
            } else if (token !== null && token !== undefined && token !== '') {
              throw new ApiError({
                type: 'Unknown',
                status: 0,
                message: `createApiFetch: getAccessToken returned a ${typeof token}; return the token string, or null when signed out.`,
                request,
              })
            }
          }
          const sent = new Request(template.clone(), { headers, signal: attempt.signal })
          response = await (extra ? fetchImpl(sent, extra) : fetchImpl(sent))
        } catch (failure) {
          attempt.dispose()
          const error = attempt.timedOut
            ? new ApiError({
                type: 'Timeout',
                status: 0,
                message: `The request took longer than ${o.timeoutMs} ms`,
                request,
              })
            : toApiError(failure)
          if (
            failures < o.maxRetries &&
            IDEMPOTENT.has(template.method) &&
            (error.type === 'Network' || error.type === 'Timeout')
          ) {
            await sleep(retryDelay(error, failures, 200, 2000), signal)
            failures += 1
            continue
          }
          throw error
        }
        if (response.status < 400) {
          attempt.dispose()
          return response
        }
        // The body is read under the same timeout and signal, also when the fetch called does not tie
        // the body to the signal: a stalled or endless error body cannot hang the call.
        const error = await readApiError(response, request, {
          aliases: o.aliases,
          secrets,
          signal: attempt.signal,
        }).finally(attempt.dispose)
        const { status } = response
        if ((status === 429 || status === 503) && error.retryAfterMs) {
          gate?.pause(gateKey, Date.now() + error.retryAfterMs)
        }
        // Only a 401 from the origin the token went to is about the session: after a redirect to
        // another origin (which never gets the token), re-authenticating could not help.
        if (error.type === 'Unauthorized' && o.auth && trusted && !callerAuthorization && answeredBy(response, url)) {
          // The renewed credentials were refused too: later 401s must not refresh once each.
          if (replayed) authProtocol(o.auth)?.refused(generation ?? 0)
          else {
            replayed = true
            if (await abortable(o.auth.reauthenticate(generation), signal)) continue
          }
        }
        throw error
      }
    } catch (failure) {
      throw withoutSecrets(toApiError(failure), secrets)
    }
  }
}

/**
 * The caller's signal, and the method and URL for errors raised before a `Request` could be built
 * (an invalid URL, a GET with a body). Never throws.
 */
function describeCall(input: RequestInfo | URL, init: RequestInit | undefined) {
  const given = input instanceof Request ? input : undefined
  const signal: unknown = init?.signal ?? given?.signal
  const method: unknown = init?.method ?? given?.method
  const url = given ? given.url : typeof input === 'string' || input instanceof URL ? String(input) : ''
  return {
    signal: signal instanceof AbortSignal ? signal : undefined,
    request: { method: typeof method === 'string' ? method.toUpperCase() : 'GET', url },
  }
}

/**
 * One `Request` to clone for every attempt. Relative URLs are joined to `baseUrl`; the caller's
 * signal is kept apart (each attempt gets its own), so no listener piles up on it.
 */
function toRequest(input: RequestInfo | URL, init: RequestInit | undefined, baseUrl: string | undefined): Request {
  const source = input instanceof Request ? input : joinUrl(baseUrl, String(input))
  return new Request(source, { ...init, signal: null })
}

/** The caller's `RequestInit` fields this function does not own, for the fetch it calls; `undefined` when there are none. */
function passThrough(init: RequestInit | undefined): RequestInit | undefined {
  const rest = Object.entries(init ?? {}).filter(([key]) => !OWNED_INIT_FIELDS.has(key))
  return rest.length > 0 ? (Object.fromEntries(rest) as RequestInit) : undefined
}

/** Whether `response` came from `url`'s origin (a response without a URL, as a custom fetch may build, is taken as its). */
function answeredBy(response: Response, url: URL): boolean {
  try {
    return !response.url || new URL(response.url).origin === url.origin
  } catch {
    return false
  }
}

/** The page's origin in a browser; `undefined` on a server. */
const pageOrigin = (): unknown => (globalThis as { location?: { origin?: unknown } }).location?.origin
