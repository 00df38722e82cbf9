import { lookupAlias } from './aliases.js'
import { ApiError } from './ApiError.js'
import { describeBody } from './describeBody.js'
import { getHeader } from './headers.js'
import { initWithoutSecrets } from './initWithoutSecrets.js'
import { parseRetryAfter } from './parseRetryAfter.js'
import { typeForStatus } from './typeForStatus.js'
import { typeForTransport } from './typeForTransport.js'
import type { ParseApiErrorOptions } from './types.js'
import type { FailureParts } from './unwrap.js'

const REQUEST_ID_HEADERS = ['x-request-id', 'request-id', 'x-correlation-id', 'x-amzn-requestid']

/**
 * Builds the `ApiError` for a failure taken apart: the body's vendor type wins over the status,
 * the status over transport failures, and what is left is `Unknown`.
 */
export function fromFailure(parts: FailureParts, options: ParseApiErrorOptions): ApiError {
  const facts = describeBody(parts.body)
  const matched = facts.codes.find((code) => lookupAlias(code, options.aliases))
  const hasResponse = parts.status >= 100 && parts.status <= 599
  const status = hasResponse ? parts.status : (facts.status ?? 0)
  const type = (matched === undefined ? undefined : lookupAlias(matched, options.aliases)) ?? typeForStatus(status) ?? typeForTransport(parts.cause) ?? 'Unknown'
  const cause = parts.cause as { message?: unknown } | undefined
  const message =
    facts.message ??
    (hasResponse ? `Request failed with status ${status}${parts.statusText ? ` ${parts.statusText}` : ''}` : typeof cause?.message === 'string' ? cause.message : undefined)

  return new ApiError(initWithoutSecrets({
    type,
    status,
    message,
    code: matched ?? facts.codes[0],
    id: facts.id ?? REQUEST_ID_HEADERS.map((name) => getHeader(parts.headers, name)).find(Boolean),
    retryAfterMs: retryAfter(parts, status, options.now),
    fieldErrors: facts.fieldErrors,
    request: options.request ?? parts.request,
    cause: parts.cause,
  }, parts.secrets, options.secrets))
}

function retryAfter(parts: FailureParts, status: number, now: number | undefined): number | undefined {
  const at = now ?? Date.now()
  const header = parseRetryAfter(getHeader(parts.headers, 'retry-after'), at)
  if (header !== undefined || (status !== 429 && status !== 503)) return header
  // Some APIs send these on every response, so they count only where the status asks us to wait.
  const reset = (getHeader(parts.headers, 'ratelimit-reset') ?? getHeader(parts.headers, 'x-ratelimit-reset'))?.trim()
  if (!reset || !/^\d+(\.\d+)?$/.test(reset)) return undefined
  const value = Number(reset)
  // ApiError caps it like Retry-After: a 400-digit reset is Infinity, which JSON would turn into null.
  return Math.ceil(value > 1e9 ? Math.max(0, value * 1000 - at) : value * 1000)
}
