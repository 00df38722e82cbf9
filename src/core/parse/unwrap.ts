import { fromConnect, fromGraphQL } from './clients/wrappers.js'
import { requestOf, sentSecrets } from './clients/request.js'
import { isObject, text } from '../shared/values.js'
import type { Dict } from '../shared/values.js'
import { statusOf } from './clients/shape.js'
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

/** A fetch `Response` from any realm or polyfill. */
export function isResponseLike(value: unknown): value is Response {
  return (
    isObject(value) && typeof value.ok === 'boolean' && typeof (value.headers as Dict | undefined)?.get === 'function'
  )
}

// An Error, not a body: Botpress client errors carry their body's fields, `type` included.
const isError = (value: Dict) =>
  typeof value.message === 'string' && typeof value.name === 'string' && typeof value.type !== 'string'

/** A body as clients keep it: text or a parsed object, never a method or a stream still to be read. */
const isBody = (value: unknown) =>
  typeof value === 'string' || (isObject(value) && typeof value.getReader !== 'function')

/**
 * Takes any client's failure apart BY SHAPE: wherever it keeps a status (`status`, `statusCode`,
 * `httpStatus`, `response.status`, `data.httpStatus`, `originalStatus`, `meta.response`), headers
 * (`headers`, a response's, Connect `metadata`) and a body (`response.data`, `response.body`,
 * tRPC's `shape`, `data`, `info`, `json`, `text`, `body`, `error`, `result`, `bodyText`, GraphQL
 * `errors`). Anything without a status is a body (a
 * plain object or a string) or, when it looks like an error, a failure with no answer: its
 * wrapped error (`networkError`, `error`) decides when it has one.
 */
export function unwrap(input: unknown, depth = 0): FailureParts {
  if (!isObject(input)) return { status: 0, body: input }
  const error = isError(input)
  const response = isResponseLike(input)
    ? input
    : [input.response, (input.meta as Dict | undefined)?.response].find(isObject)
  const wrapper = fromConnect(input) ?? fromGraphQL(input, response, error)
  const status = wrapper?.status ?? statusOf(input, response) ?? 0
  const answered = status || response
  // Apollo's `networkError`, @botpress/client's wrapped axios error: the error inside knows more.
  const inner = [input.networkError, input.error].find((value) => isObject(value) && isError(value))
  if (!answered && inner && depth < 3) return unwrap(inner, depth + 1)
  const body = [
    wrapper?.body,
    ...(answered
      ? [
          response?.data,
          response?.body,
          input.shape, // tRPC: the error as it came, `data.zodError` in it (read by readFieldErrors)
          input.data,
          input.info,
          input.json,
          input.text,
          input.body,
          // OpenAI's SDK keeps its body's `error` member (Stripe's `{ type, code, param, message }`).
          isObject(input.error) && 'param' in input.error ? { error: input.error } : input.error,
          input.result,
          input.bodyText,
        ]
      : []),
  ].find(isBody)
  return {
    status,
    statusText: text(response?.statusText),
    headers: wrapper?.headers ?? response?.headers ?? input.headers,
    // Else the value itself: a body, or an error's own fields (Supabase's AuthApiError: `status`, `code`, `message`).
    body: body ?? (response || (error && !status) ? undefined : input),
    request: requestOf(input, response),
    cause: typeof input.name === 'string' ? input : undefined,
    secrets: sentSecrets(input, response),
  }
}
