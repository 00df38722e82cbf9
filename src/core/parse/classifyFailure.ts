import { describeBody } from './describeBody.js'
import type { BodyFacts } from './describeBody.js'
import { isRateLimitSpent } from './readRetryDelay.js'
import { parseRetryAfter } from './parseRetryAfter.js'
import { readHeaders } from './headers.js'
import type { HeaderMap } from './headers.js'
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

/** A failure read and classified: the type, and each thing that had a say in it. */
export interface Classified {
  headers: HeaderMap
  facts: BodyFacts
  /** Every code found, in the order they were tried. */
  codes: string[]
  hasResponse: boolean
  status: number
  /** The status the answer means: a GraphQL 200's own `extensions.status_code`, else `status`. */
  meant: number
  /** The first code naming a type strongly, and the first weak one (words that only say "bad request"). */
  strong?: [code: string, type: ApiErrorType]
  weak?: [code: string, type: ApiErrorType]
  byStatus?: ApiErrorType
  byMessage?: ApiErrorType
  /** What decided before field errors refined it. */
  decided: ApiErrorType
  type: ApiErrorType
}

/**
 * Classifies a failure taken apart. The first code that names a type wins over the status (a
 * vendor type, an alias, or what its words say); a weak one — `Unknown` on a 4xx, words that only
 * say the request was bad — yields to the status. A status that says little (400, 409, 422, a
 * GraphQL 200) and no code saying more leave it to the message's plain words. Then transport
 * failures, and what is left is `Unknown`. Field errors refine the result.
 */
export function classifyFailure(parts: FailureParts, options: ParseApiErrorOptions): Classified {
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
  // A 401 or 403 that says when to come back (a valid Retry-After), or a 403 with its rate limit used
  // up, is a rate limit: GitHub's secondary limit is a 403 with Retry-After and calls left.
  const limited =
    (meant === 401 || meant === 403) &&
    (parseRetryAfter(headers.get('retry-after'), options.now) !== undefined ||
      (meant === 403 && isRateLimitSpent(headers)))
  const byStatus = limited ? 'RateLimited' : typeForStatus(meant)
  const byMessage =
    (!strong || strong[1] === byStatus) &&
    !facts.fieldErrors.length &&
    (meant < 400 || meant === 400 || meant === 409 || meant === 422) &&
    facts.message
      ? typeForMessage(facts.message)
      : undefined
  const decided =
    byMessage ?? strong?.[1] ?? byStatus ?? typeForTransport(parts.cause ?? parts.body) ?? weak?.[1] ?? 'Unknown'
  const type = facts.fieldErrors.length ? (FIELD_REFINES[decided] ?? decided) : decided
  return { headers, facts, codes, hasResponse, status, meant, strong, weak, byStatus, byMessage, decided, type }
}
