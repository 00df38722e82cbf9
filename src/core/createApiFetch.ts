import { abortable, AbortedWait, sleep } from './abortable.js'
import { ApiError } from './ApiError.js'
import { attemptSignal } from './attemptSignal.js'
import { createRateLimitGate } from './createRateLimitGate.js'
import { createRetryPolicy } from './createRetryPolicy.js'
import { isApiError } from './isApiError.js'
import { normalizeApiFetchOptions } from './normalizeApiFetchOptions.js'
import type { ApiFetchOptions, FetchImplementation, NormalizedApiFetchOptions } from './normalizeApiFetchOptions.js'
import { parseApiError } from './parseApiError.js'
import { readApiError } from './readApiError.js'
import { withoutSecrets } from './withoutSecrets.js'

/** What `createApiFetch` returns: a drop-in `fetch` (openapi-fetch's `fetch` option, ky, your own code). */
export type ApiFetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>

const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'TRACE'])

interface CallContext {
  readonly info: { method: string; url: string }
  readonly signal: AbortSignal | undefined
  /** Every token this call sent, so none can leak through an error message. */
  readonly secrets: string[]
}

/**
 * A `fetch` that throws `ApiError` for error statuses and transport failures, adds the bearer
 * token, goes through the auth coordinator on 401 and replays once, keeps a per-origin rate-limit
 * gate after 429/503 with a delay, and optionally times out and retries transport failures of
 * idempotent requests. Responses below 400 (2xx, and 3xx with `redirect: 'manual'`) are returned as is.
 */
export function createApiFetch(options?: ApiFetchOptions): ApiFetch {
  const o = normalizeApiFetchOptions(options)
  const gate = createRateLimitGate()
  const backoff = createRetryPolicy({ maxRetries: o.retries, baseDelayMs: 200, maxDelayMs: 2000 })

  /** Waits while the origin is paused, or fails fast when the pause is longer than `maxGateWaitMs`. */
  const passGate = async (origin: string, ctx: CallContext) => {
    for (let left = gate.remaining(origin); left > 0; left = gate.remaining(origin)) {
      if (left > o.maxGateWaitMs) {
        throw new ApiError({
          type: 'RateLimited',
          status: 0,
          retryAfterMs: left,
          message: `Requests to ${origin} are paused for ${Math.ceil(left / 1000)} s: the server asked to slow down. The request was not sent.`,
          request: ctx.info,
        })
      }
      await sleep(left, ctx.signal)
    }
  }

  const tokenFor = async (ctx: CallContext): Promise<string | undefined> => {
    if (!o.getAccessToken) return undefined
    const token: unknown = await abortable(Promise.resolve().then(o.getAccessToken), ctx.signal)
    if (token === null || token === undefined || token === '') return undefined
    if (typeof token !== 'string') {
      throw new ApiError({
        type: 'Unknown',
        status: 0,
        message: `createApiFetch: getAccessToken returned a ${typeof token}; return the token string, or null when signed out.`,
        request: ctx.info,
      })
    }
    ctx.secrets.push(token)
    return token
  }

  const run = async (fetchImpl: FetchImplementation, template: Request, ctx: CallContext): Promise<Response> => {
    const origin = new URL(template.url).origin
    const callerAuthorization = template.headers.has('authorization')
    let replayed = false
    for (let failures = 0; ; ) {
      if (ctx.signal?.aborted) throw new AbortedWait('The request was aborted')
      await passGate(origin, ctx)
      // Read before the token: a 401 then proves the token is at most as new as this generation.
      const generation = o.auth?.generation
      const headers = new Headers(template.headers)
      const token = callerAuthorization ? undefined : await tokenFor(ctx)
      if (token !== undefined) headers.set('authorization', `Bearer ${token}`)

      const attempt = attemptSignal(ctx.signal, o.timeoutMs)
      let response: Response
      try {
        response = await fetchImpl(new Request(template.clone(), { headers, signal: attempt.signal ?? null }))
      } catch (failure) {
        attempt.dispose()
        const error = attempt.timedOut ? timeoutError(o, ctx) : toApiError(failure, ctx, o)
        if (failures < o.retries && IDEMPOTENT.has(template.method) && (error.type === 'Network' || error.type === 'Timeout')) {
          await sleep(backoff.retryDelay(failures, error), ctx.signal)
          failures += 1
          continue
        }
        throw error
      }
      if (response.status < 400) {
        attempt.dispose()
        return response
      }
      // The body is read under the same timeout and signal: a stalled error body cannot hang the call.
      const error = await readApiError(response, ctx.info, { aliases: o.aliases }).finally(() => attempt.dispose())
      if ((response.status === 429 || response.status === 503) && error.retryAfterMs) gate.close(origin, error.retryAfterMs)
      if (error.type === 'Unauthorized' && o.auth && !callerAuthorization && !replayed) {
        replayed = true
        if (await abortable(o.auth.reauthenticate(generation), ctx.signal)) continue
      }
      throw error
    }
  }

  return async function apiFetch(input, init) {
    const fetchImpl = o.fetch ?? (globalThis.fetch as FetchImplementation | undefined)
    if (typeof fetchImpl !== 'function') {
      throw new Error('createApiFetch: no fetch implementation found. Pass options.fetch (e.g. from undici or a polyfill).')
    }
    const ctx: CallContext = { info: describeRequest(input, init), signal: callerSignal(input, init), secrets: [] }
    try {
      const template = toRequest(input, init, o.baseUrl)
      ctx.info.method = template.method
      ctx.info.url = template.url
      return await run(fetchImpl, template, ctx)
    } catch (failure) {
      throw withoutSecrets(toApiError(failure, ctx, o), ctx.secrets)
    }
  }
}

function timeoutError(o: NormalizedApiFetchOptions, ctx: CallContext): ApiError {
  return new ApiError({ type: 'Timeout', status: 0, message: `The request took longer than ${o.timeoutMs} ms`, request: ctx.info })
}

/** Whatever went wrong, as an `ApiError` (the caller then removes the tokens this call sent). */
function toApiError(failure: unknown, ctx: CallContext, o: NormalizedApiFetchOptions): ApiError {
  if (isApiError(failure)) return failure
  if (ctx.signal?.aborted || failure instanceof AbortedWait) {
    return new ApiError({ type: 'Aborted', status: 0, message: 'The request was aborted', request: ctx.info, cause: ctx.signal?.reason ?? failure })
  }
  return parseApiError(failure, { request: ctx.info, aliases: o.aliases })
}

function callerSignal(input: RequestInfo | URL, init: RequestInit | undefined): AbortSignal | undefined {
  const signal: unknown = init?.signal ?? (input instanceof Request ? input.signal : undefined)
  return signal instanceof AbortSignal ? signal : undefined
}

/** Method and URL for errors raised before a `Request` could be built. Never throws. */
function describeRequest(input: RequestInfo | URL, init: RequestInit | undefined): { method: string; url: string } {
  const method: unknown = init?.method ?? (input instanceof Request ? input.method : 'GET')
  const url = input instanceof Request ? input.url : typeof input === 'string' || input instanceof URL ? String(input) : ''
  return { method: typeof method === 'string' ? method.toUpperCase() : 'GET', url }
}

/**
 * One `Request` to clone for every attempt. Relative URLs are joined to `baseUrl`; the caller's
 * signal is kept apart (each attempt gets its own), so no listener piles up on it.
 */
function toRequest(input: RequestInfo | URL, init: RequestInit | undefined, baseUrl: string | undefined): Request {
  const source = input instanceof Request ? input : joinUrl(String(input), baseUrl)
  return new Request(source, { ...init, signal: null })
}

function joinUrl(url: string, baseUrl: string | undefined): string {
  if (!baseUrl || /^[a-z][a-z\d+.-]*:/i.test(url)) return url
  if (url === '' || url.startsWith('?') || url.startsWith('#')) return baseUrl + url
  return `${baseUrl}/${url.replace(/^\/+/, '')}`
}
