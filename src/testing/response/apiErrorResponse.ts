import { ApiError, apiErrorTypes, parseRetryAfter } from '../../core/index.js'
import type { ApiErrorType, FieldError } from '../../core/index.js'
import { apiErrorDialects, dialects, isApiErrorDialect } from '../dialects/index.js'
import type { ApiErrorDialect, ResponseParts } from '../dialects/types.js'
import { misreading } from './checkParts.js'
import { serverMessages } from './serverMessages.js'

/** What `apiErrorResponse` sends besides the type. */
export interface ApiErrorResponseOptions {
  /** Whose error bodies to imitate; `'problem'` (RFC 9457) by default. */
  dialect?: ApiErrorDialect
  /** Seconds to wait, sent as `Retry-After` (and where the dialect puts a wait, such as Google's `RetryInfo`). */
  retryAfter?: number
  /** Field errors, in the dialect's own shape (dotted paths: `items.0.price`). */
  fieldErrors?: readonly FieldError[]
  /** A request id, in the dialect's own header or body field. */
  requestId?: string
  /** The HTTP status, when not the dialect's for the type (`200` for a GraphQL server that answers errors with 200). */
  status?: number
  /** The server's message, when not the type's default. */
  message?: string
}

/** A misuse, with what to do about it. */
class Misuse extends Error {}
const fail = (problem: string, fix: string): never => {
  throw new Misuse(`apiErrorResponse: ${problem}. ${fix}`)
}

const NO_RESPONSE: Partial<Record<ApiErrorType, string>> = {
  Network:
    'no response carries a network failure: in an MSW handler return HttpResponse.error(), in a fetch mock reject with new TypeError("Failed to fetch"), in a Playwright route call route.abort()',
  Aborted:
    "an aborted request has no response: abort the request's AbortSignal (in a Playwright route, route.abort('aborted'))",
}
const SAYABLE = apiErrorTypes.filter((type) => !NO_RESPONSE[type])
// Ids go into headers: visible ASCII, no spaces.
const ID = /^[\x21-\x7e]{1,200}$/

function checkOptions(type: unknown, options: ApiErrorResponseOptions): asserts type is ApiErrorType {
  if (typeof type !== 'string' || !apiErrorTypes.includes(type as ApiErrorType))
    fail(`type must be an ApiErrorType (got ${typeof type})`, `Use one of: ${SAYABLE.join(', ')}.`)
  const impossible = NO_RESPONSE[type as ApiErrorType]
  if (impossible) fail(`${type}: ${impossible}`, 'apiErrorResponse builds responses only.')
  const { dialect, retryAfter, fieldErrors, requestId, status, message } = options
  if (dialect !== undefined && !isApiErrorDialect(dialect))
    fail('dialect is not one it speaks', `Use one of: ${apiErrorDialects.join(', ')}.`)
  if (retryAfter !== undefined && (typeof retryAfter !== 'number' || parseRetryAfter(String(retryAfter)) === undefined))
    fail('retryAfter must be a number of seconds from 0 (such as 5 or 2.5)', 'Leave it out for no wait.')
  if (
    fieldErrors !== undefined &&
    (!Array.isArray(fieldErrors) ||
      !fieldErrors.every((f) => typeof f?.path === 'string' && typeof f.message === 'string' && f.message.trim()))
  )
    fail('fieldErrors must be a list of { path, message } with a message each', "Write paths dotted: 'items.0.price'.")
  if (requestId !== undefined && (typeof requestId !== 'string' || !ID.test(requestId)))
    fail('requestId must be an id of visible ASCII without spaces', "Use an id such as 'req_123'.")
  if (status !== undefined && !(Number.isInteger(status) && status >= 200 && status <= 599))
    fail('status must be a whole number from 200 to 599', "Leave it out for the dialect's status for the type.")
  if (message !== undefined && !(typeof message === 'string' && message.trim()))
    fail('message must be a non-blank string', "Leave it out for the type's default message.")
}

/** The parts of the response, or the reason this dialect cannot say it. */
function build(type: ApiErrorType, options: ApiErrorResponseOptions, name: ApiErrorDialect): ResponseParts | string {
  const dialect = dialects[name]
  const refused = dialect.refuses?.(type)
  if (refused) return refused
  const fieldErrors = options.fieldErrors ?? []
  if (fieldErrors.length > dialect.maxFieldErrors)
    return dialect.maxFieldErrors
      ? `${name} names ${dialect.maxFieldErrors} field per error (got ${fieldErrors.length})`
      : `${name} bodies carry no field errors`
  const { retryAfter, requestId } = options
  const status = options.status ?? dialect.statusFor?.(type) ?? new ApiError({ type }).status
  const message = options.message ?? serverMessages[type as keyof typeof serverMessages]
  const built = dialect.build({ type, status, message, fieldErrors, requestId, retryAfter })
  const parts: ResponseParts = {
    status,
    headers: {
      'Content-Type': dialect.contentType,
      ...(retryAfter !== undefined && { 'Retry-After': String(retryAfter) }),
      ...(requestId !== undefined && dialect.requestIdHeader && { [dialect.requestIdHeader]: requestId }),
      ...built.headers,
    },
    body: built.body,
  }
  const wrong = misreading(parts, { type, fieldErrors, requestId, retryAfter })
  return wrong ? `a ${name} response for ${type}${describe(options)}: ${wrong} (${dialect.note})` : parts
}

const describe = ({ retryAfter, fieldErrors, requestId, status }: ApiErrorResponseOptions): string => {
  const what = [
    status !== undefined && `status ${status}`,
    retryAfter !== undefined && 'retryAfter',
    fieldErrors?.length && 'fieldErrors',
    requestId !== undefined && 'requestId',
  ].filter(Boolean)
  return what.length ? ` with ${what.join(', ')}` : ''
}

/** The status, headers and body of an error response the kit classifies as `type` (see `apiErrorResponse`). */
export function apiErrorParts(type: ApiErrorType, options: ApiErrorResponseOptions = {}): ResponseParts {
  checkOptions(type, options)
  const name = options.dialect ?? 'problem'
  const parts = build(type, options, name)
  if (typeof parts !== 'string') return parts
  const able = apiErrorDialects.filter((other) => other !== name && typeof build(type, options, other) !== 'string')
  return fail(
    parts,
    able.length ? `Dialects that can: ${able.join(', ')}.` : 'No dialect can: leave out the options it names.',
  )
}

/**
 * A real `Response` that the kit classifies as `type`, shaped after a real API's error bodies
 * (`dialect`, RFC 9457 problem details by default), with the wait, field errors and request id
 * each dialect carries where it carries them. For MSW handlers, `fetch` mocks and Playwright
 * routes. Checked against the kit's parser as it is built: a combination a dialect cannot say
 * throws an Error naming the dialects that can. Network and Aborted have no response: it throws
 * and says what to do instead.
 */
export function apiErrorResponse(type: ApiErrorType, options: ApiErrorResponseOptions = {}): Response {
  const { status, headers, body } = apiErrorParts(type, options)
  return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers })
}
