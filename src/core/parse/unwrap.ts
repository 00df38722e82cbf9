import { secretsInHeaders } from '../secrets/secretsInHeaders.js'
import { trimEnd } from '../shared/trimEnd.js'
import type { RequestLike } from '../error/types.js'

/** A failure taken apart: what the response said, the request it answered, and the original error. */
export interface FailureParts {
  /** HTTP status of a real response; 0 when there was none. */
  status: number
  statusText?: string
  headers?: unknown
  /** A parsed body, its text, or nothing when unread. */
  body?: unknown
  request?: RequestLike
  /** The value that was thrown, kept only as name, message and code. */
  cause?: unknown
  /** The credentials the request sent (its Authorization, Cookie, API-key headers): never kept. */
  secrets?: string[]
}

type Dict = Record<string, unknown>
const isObject = (value: unknown): value is Dict => typeof value === 'object' && value !== null
const text = (value: unknown) => (typeof value === 'string' ? value : undefined)

/** A fetch `Response` from any realm or polyfill. */
export function isResponseLike(value: unknown): value is Response {
  return (
    isObject(value) &&
    typeof value.status === 'number' &&
    typeof value.ok === 'boolean' &&
    isObject(value.headers) &&
    typeof value.headers.get === 'function'
  )
}

/**
 * Recognises the failures of fetch, axios, ky, ofetch, openapi-fetch and `@botpress/client` and
 * takes them apart. Anything else is treated as a body (a plain object or a string), or, when it
 * looks like an error, as a transport failure.
 */
export function unwrap(input: unknown): FailureParts {
  if (isResponseLike(input)) return fromResponse(input, undefined)
  if (!isObject(input)) return { status: 0, body: input }
  // @botpress/client wraps what it could not read (a refused connection, a timeout, a bodiless 502)
  // in an `UnknownError` whose `error` is the original axios error: classify that one instead.
  if (
    input.isApiError === true &&
    input.type === 'Unknown' &&
    isObject(input.error) &&
    input.error.isApiError !== true
  ) {
    return unwrap(input.error)
  }
  // axios: AxiosError with an optional response; config holds method, baseURL and url.
  if (input.isAxiosError === true) {
    const config = isObject(input.config) ? input.config : {}
    const url = text(config.url)
    const base = text(config.baseURL)
    const request = {
      method: text(config.method),
      url: base && url && !/^[a-z]+:/i.test(url) ? trimEnd(base, '/') + '/' + url.replace(/^\/+/, '') : (url ?? base),
    }
    const response = isObject(input.response) ? input.response : undefined
    const secrets = secretsInHeaders(config.headers)
    if (!response) return { status: 0, request, cause: input, secrets }
    return {
      status: Number(response.status) || 0,
      statusText: text(response.statusText),
      headers: response.headers,
      body: response.data,
      request,
      cause: input,
      secrets,
    }
  }
  // ky's HTTPError and TimeoutError, ofetch's FetchError: a response (maybe), a request, options.
  if (
    isResponseLike(input.response) &&
    (input.name === 'HTTPError' || input.name === 'FetchError' || 'request' in input)
  ) {
    const parts = fromResponse(input.response, requestOf(input))
    return { ...parts, body: 'data' in input ? input.data : parts.body, cause: input, secrets: sentSecrets(input) }
  }
  // openapi-fetch: `{ data, error, response }`, the body already parsed into `error`.
  if (isResponseLike(input.response) && 'error' in input) {
    return { ...fromResponse(input.response, undefined), body: input.error }
  }
  if (isObject(input.request) || input.name === 'FetchError') {
    return { status: 0, request: requestOf(input), cause: input, secrets: sentSecrets(input) }
  }
  // A response-shaped object: `{ status, headers, data }`.
  if (typeof input.status === 'number' && ('data' in input || 'body' in input || 'headers' in input)) {
    return { status: input.status, headers: input.headers, body: 'data' in input ? input.data : input.body }
  }
  // Errors are causes; other objects are bodies (Botpress client errors carry their body's fields).
  const looksLikeError =
    typeof input.message === 'string' && typeof input.name === 'string' && typeof input.type !== 'string'
  return looksLikeError
    ? { status: 0, cause: input }
    : { status: 0, body: input, cause: typeof input.name === 'string' ? input : undefined }
}

function fromResponse(response: Response, request: RequestLike | undefined): FailureParts {
  const data = (response as unknown as Dict)._data // ofetch keeps the parsed body here
  return {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
    body: data,
    request: request ?? (response.url ? { url: response.url } : undefined),
  }
}

/** ky's and ofetch's errors keep the options and the `Request` they sent, headers included. */
function sentSecrets(input: Dict): string[] {
  const headersOf = (value: unknown) => (isObject(value) ? value.headers : undefined)
  return [...secretsInHeaders(headersOf(input.options)), ...secretsInHeaders(headersOf(input.request))]
}

function requestOf(input: Dict): RequestLike | undefined {
  const request = input.request
  const options = isObject(input.options) ? input.options : {}
  if (typeof request === 'string') return { method: text(options.method), url: request }
  if (isObject(request)) return { method: text(request.method) ?? text(options.method), url: text(request.url) }
  return undefined
}
