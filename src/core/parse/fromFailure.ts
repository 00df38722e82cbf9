import { ApiError } from '../error/ApiError.js'
import { describeBody } from './describeBody.js'
import { initWithoutSecrets } from '../error/initWithoutSecrets.js'
import { isRateLimitSpent, readRetryDelay } from './readRetryDelay.js'
import { readHeaders } from './headers.js'
import type { HeaderMap } from './headers.js'
import { requestIdFromHeaders } from './readRequestId.js'
import { typeForStatus } from './typeForStatus.js'
import { typeForTransport } from './typeForTransport.js'
import { typeOfCode } from './aliases.js'
import type { ApiErrorType } from '../error/types.js'
import type { ParseApiErrorOptions } from './types.js'
import type { FailureParts } from './unwrap.js'

// RFC 6750 §3: `WWW-Authenticate: Bearer error="invalid_token"`; bounded, so linear on any header.
const BEARER_ERROR = /\berror="([^"]{1,100})"/

/**
 * Builds the `ApiError` for a failure taken apart. The first code that names a type wins over the
 * status (a vendor type, an alias, or what its words say); a weak one — `Unknown` on a 4xx, words
 * that only say the request was bad — yields to the status. Then transport failures, and what is
 * left is `Unknown`.
 */
export function fromFailure(parts: FailureParts, options: ParseApiErrorOptions): ApiError {
  const headers = readHeaders(parts.headers)
  const facts = describeBody(parts.body)
  // AWS names the error in a header too (`ValidationException:http://…`); OAuth in WWW-Authenticate.
  const codes = [
    ...facts.codes,
    headers.get('x-amzn-errortype'),
    BEARER_ERROR.exec(headers.get('www-authenticate') ?? '')?.[1],
  ].filter((code): code is string => !!code)
  const hasResponse = parts.status >= 100 && parts.status <= 599
  const status = hasResponse ? parts.status : (facts.status ?? 0)
  let strong: [string, ApiErrorType] | undefined
  let weak: [string, ApiErrorType] | undefined
  for (const code of codes) {
    const found = typeOfCode(code, options.aliases)
    if (!found) continue
    // A vendor's `UnknownError` says less than a 4xx status does.
    if (!found.weak && !(found.type === 'Unknown' && status < 500)) {
      strong = [code, found.type]
      break
    }
    weak ??= [code, found.type]
  }
  const retryAfterMs = readRetryDelay(headers, status, facts, options.now)
  const type =
    strong?.[1] ??
    (isRateLimit(status, headers, retryAfterMs) ? 'RateLimited' : typeForStatus(status)) ??
    typeForTransport(parts.cause ?? parts.body) ??
    weak?.[1] ??
    'Unknown'
  const cause = parts.cause as { message?: unknown } | undefined
  const message =
    facts.message ??
    (hasResponse
      ? `Request failed with status ${status}${parts.statusText ? ` ${parts.statusText}` : ''}`
      : typeof cause?.message === 'string'
        ? cause.message
        : undefined)

  return new ApiError(
    initWithoutSecrets(
      {
        // A 400 that lists field errors is about the data.
        type: type === 'InvalidPayload' && facts.fieldErrors.length ? 'InvalidDataFormat' : type,
        status,
        message,
        code: (strong ?? weak)?.[0] ?? codes[0],
        id: facts.id ?? requestIdFromHeaders(headers),
        retryAfterMs,
        fieldErrors: facts.fieldErrors,
        request: options.request ?? parts.request,
        cause: parts.cause,
      },
      parts.secrets,
      options.secrets,
    ),
  )
}

/**
 * A 401 or 403 that says when to come back (a valid `Retry-After`), or a 403 with its rate limit
 * used up, is a rate limit: GitHub's secondary limit is a 403 with `Retry-After` and calls left.
 */
const isRateLimit = (status: number, headers: HeaderMap, retryAfterMs: number | undefined): boolean =>
  (status === 401 || status === 403) &&
  ((headers.has('retry-after') && retryAfterMs !== undefined) || (status === 403 && isRateLimitSpent(headers)))
