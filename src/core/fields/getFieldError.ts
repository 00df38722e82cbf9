import { fieldErrorsToShow } from './fieldErrorsToShow.js'
import { parseApiError } from '../parse/parseApiError.js'

/** The server's message for one field (`email`, `address.0.street`) of a 4xx, or undefined. */
export function getFieldError(error: unknown, path: string): string | undefined {
  if (error === null || error === undefined) return undefined
  return fieldErrorsToShow(parseApiError(error)).find((fieldError) => fieldError.path === path)?.message
}
