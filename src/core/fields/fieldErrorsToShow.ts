import type { ApiError } from '../error/ApiError.js'
import { mayShowServerText } from '../error/serverText.js'
import type { FieldError } from '../error/types.js'

/** The field errors a user may read: server text, so only those of a 4xx (see `mayShowServerText`). */
export const fieldErrorsToShow = (error: ApiError): readonly FieldError[] =>
  mayShowServerText(error) ? error.fieldErrors : []
