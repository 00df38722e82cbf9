import { parseApiError, parseRetryAfter } from '../../core/index.js'
import type { ApiErrorType, FieldError } from '../../core/index.js'
import type { ResponseParts } from '../dialects/types.js'

/** What a response is meant to say. */
export interface Claim {
  type: ApiErrorType
  fieldErrors: readonly FieldError[]
  requestId?: string
  retryAfter?: number
}

const sameFields = (a: readonly FieldError[], b: readonly FieldError[]): boolean =>
  a.length === b.length && a.every((field, i) => field.path === b[i]!.path && field.message === b[i]!.message)

/**
 * Reads `parts` back with the kit's own parser and says what differs from the claim (`undefined`
 * when nothing does): so a response can never say something other than what it claims, whatever
 * the classifier learns later.
 */
export function misreading(parts: ResponseParts, claim: Claim): string | undefined {
  const body = typeof parts.body === 'string' ? parts.body : JSON.stringify(parts.body)
  const error = parseApiError({ status: parts.status, headers: new Headers(parts.headers), body })
  if (error.type !== claim.type) return `it reads back as ${error.type}`
  const wait = claim.retryAfter === undefined ? undefined : parseRetryAfter(String(claim.retryAfter))
  if (error.retryAfterMs !== wait)
    return wait === undefined ? 'it reads back with a wait' : 'its wait does not read back'
  if (error.id !== claim.requestId)
    return claim.requestId === undefined ? 'it reads back with an id' : 'its requestId does not read back'
  if (!sameFields(error.fieldErrors, claim.fieldErrors)) return 'its field errors do not read back as given'
  return undefined
}
