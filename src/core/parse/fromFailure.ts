import { lookupAlias } from './aliases.js'
import { ApiError } from '../error/ApiError.js'
import { describeBody } from './describeBody.js'
import { getHeader } from './headers.js'
import { initWithoutSecrets } from '../error/initWithoutSecrets.js'
import { isRateLimitSpent, readRetryDelay } from './readRetryDelay.js'
import { typeForStatus } from './typeForStatus.js'
import { typeForTransport } from './typeForTransport.js'
import type { ParseApiErrorOptions } from './types.js'
import type { FailureParts } from './unwrap.js'

const REQUEST_ID_HEADERS =
  'x-request-id request-id x-correlation-id x-correlator x-amzn-requestid x-amz-request-id x-github-request-id cf-ray'.split(
    ' ',
  )
// RFC 6750 §3: `WWW-Authenticate: Bearer error="invalid_token"`; bounded, so linear on any header.
const BEARER_ERROR = /\berror="([^"]{1,100})"/

/**
 * Builds the `ApiError` for a failure taken apart: the body's vendor type wins over the status,
 * the status over transport failures, and what is left is `Unknown`.
 */
export function fromFailure(parts: FailureParts, options: ParseApiErrorOptions): ApiError {
  const { headers } = parts
  const facts = describeBody(parts.body)
  // AWS names the error in a header too (`ValidationException:http://…`); OAuth in WWW-Authenticate.
  const codes = [
    ...facts.codes,
    getHeader(headers, 'x-amzn-errortype'),
    BEARER_ERROR.exec(getHeader(headers, 'www-authenticate') ?? '')?.[1],
  ].filter((code): code is string => !!code)
  const typeOf = (code: string) => lookupAlias(code, options.aliases)
  const matched = codes.find(typeOf)
  // unwrap answers 0 or a status a response can have.
  const hasResponse = parts.status > 0
  const status = hasResponse ? parts.status : (facts.status ?? 0)
  // A 403 with a spent rate limit (GitHub) is a rate limit; a 400 with field errors is about the data.
  const byStatus = status === 403 && isRateLimitSpent(headers) ? 'RateLimited' : typeForStatus(status)
  const byCode = matched === undefined ? undefined : typeOf(matched)
  // A vendor's `UnknownError` says less than a 4xx status does.
  const type =
    (byCode === 'Unknown' && status < 500 ? byStatus : byCode) ??
    byStatus ??
    typeForTransport(parts.cause ?? parts.body) ??
    'Unknown'
  // Else the error's own message: ApiError keeps it only when it is text.
  const message =
    facts.message ??
    (hasResponse
      ? `Request failed with status ${status}${parts.statusText ? ` ${parts.statusText}` : ''}`
      : (parts.cause as { message?: string } | undefined)?.message)

  return new ApiError(
    initWithoutSecrets(
      {
        type: type === 'InvalidPayload' && facts.fieldErrors.length ? 'InvalidDataFormat' : type,
        status,
        message,
        code: matched ?? codes[0],
        id: facts.id ?? REQUEST_ID_HEADERS.map((name) => getHeader(headers, name)).find(Boolean),
        retryAfterMs: readRetryDelay(headers, status, facts.wait, options.now),
        fieldErrors: facts.fieldErrors,
        request: options.request ?? parts.request,
        cause: parts.cause,
      },
      parts.secrets,
      options.secrets,
    ),
  )
}
