import type { ApiError } from '../error/ApiError.js'
import type { FieldError } from '../error/types.js'

/**
 * The field errors a user may read: those of a 4xx. A 5xx (or a failure without a response)
 * carries server text, which is never shown, so it has none to show.
 */
export const fieldErrorsToShow = (error: ApiError): readonly FieldError[] =>
  error.status >= 400 && error.status < 500 ? error.fieldErrors : []
