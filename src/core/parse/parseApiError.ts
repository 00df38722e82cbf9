import { ApiError } from '../error/ApiError.js'
import { fromApiErrorJSON } from '../error/fromApiErrorJSON.js'
import { fromFailure } from './fromFailure.js'
import { isApiError } from '../error/isApiError.js'
import type { ParseApiErrorOptions } from './types.js'
import { unwrap } from './unwrap.js'

/**
 * Turns anything a failed request produced — a `Response`, a client's error, a body, a thrown
 * `TypeError`, an `error.toJSON()` sent from a server — into an `ApiError`. Synchronous, never throws, never mutates its input.
 * Use `readApiError` when a response body is still unread.
 */
export function parseApiError(input: unknown, options: ParseApiErrorOptions = {}): ApiError {
  if (isApiError(input)) return input
  try {
    return fromApiErrorJSON(input) ?? fromFailure(unwrap(input), options)
  } catch {
    // A hostile getter or proxy: what it is cannot be known.
    return new ApiError({ type: 'Unknown', status: 0, message: 'The error could not be read' })
  }
}
