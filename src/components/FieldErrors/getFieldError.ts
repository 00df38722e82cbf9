import { parseApiError } from '../../core/index.js'

/** The server's message for one field (`email`, `address.0.street`), or undefined. */
export function getFieldError(error: unknown, path: string): string | undefined {
  if (error === null || error === undefined) return undefined
  return parseApiError(error).fieldErrors.find((fieldError) => fieldError.path === path)?.message
}
