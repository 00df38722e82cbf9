import { ApiError } from '../error/ApiError.js'
import { describeBody } from './describeBody.js'
import { initWithoutSecrets } from '../error/initWithoutSecrets.js'
import { isRateLimitSpent, readRetryDelay } from './readRetryDelay.js'
import { readHeaders } from './headers.js'
import { requestIdFromHeaders } from './readRequestId.js'
import { typeForStatus } from './typeForStatus.js'
import { typeForTransport } from './typeForTransport.js'
import { typeForMessage } from './typeForWords.js'
import { typeOfCode } from './aliases.js'
import type { ApiErrorType } from '../error/types.js'
import type { ParseApiErrorOptions } from './types.js'
import type { FailureParts } from './unwrap.js'

// RFC 6750 §3: `WWW-Authenticate: Bearer error="invalid_token"`; bounded, so linear on any header.
const BEARER_ERROR = /\berror="([^"]{1,100})"/

// A 400 that lists field errors is about the data; a missing record a field names is one the request referred to.
const FIELD_REFINES: Partial<Record<ApiErrorType, ApiErrorType>> = {
  InvalidPayload: 'InvalidDataFormat',
  ResourceNotFound: 'ReferenceNotFound',
}

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
  // What the answer means: a GraphQL 200 whose errors say their own status (`extensions.status_code`).
  const meant = status < 400 ? (facts.status ?? status) : status
  let strong: [string, ApiErrorType] | undefined
  let weak: [string, ApiErrorType] | undefined
  for (const code of codes) {
    const found = typeOfCode(code, options.aliases)
    if (!found) continue
    // A vendor's `UnknownError` says less than a 4xx status does.
    if (!found.weak && !(found.type === 'Unknown' && meant < 500)) {
      strong = [code, found.type]
      break
    }
    weak ??= [code, found.type]
  }
  // A 403 with its rate limit used up (GitHub) is a rate limit. A Retry-After alone does not make a
  // 401 or 403 one: its wait is kept, but nothing is re-sent by itself.
  const byStatus = meant === 403 && isRateLimitSpent(headers) ? 'RateLimited' : typeForStatus(meant)
  // A status that says little, and no code saying more, leaves it to the message's plain words.
  const byMessage =
    (!strong || strong[1] === byStatus) &&
    !facts.fieldErrors.length &&
    (meant < 400 || meant === 400 || meant === 409 || meant === 422) &&
    facts.message
      ? typeForMessage(facts.message)
      : undefined
  const type =
    byMessage ?? strong?.[1] ?? byStatus ?? typeForTransport(parts.cause ?? parts.body) ?? weak?.[1] ?? 'Unknown'
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
        type: facts.fieldErrors.length ? (FIELD_REFINES[type] ?? type) : type,
        status,
        message,
        code: (strong ?? weak)?.[0] ?? codes[0],
        id: facts.id ?? requestIdFromHeaders(headers),
        retryAfterMs: readRetryDelay(headers, status, facts, options.now),
        fieldErrors: facts.fieldErrors,
        request: options.request ?? parts.request,
        cause: parts.cause,
      },
      parts.secrets,
      options.secrets,
    ),
  )
}
