import { fieldErrorsToShow } from './fieldErrorsToShow.js'
import { parseApiError } from '../parse/parseApiError.js'

/**
 * `{ [path]: message }` for a form library's `setErrors` or a Server Action's result: the first
 * message per path of a 4xx (paths dotted as parsed, `address.0.street`). The object is a plain
 * one (React Server Components refuse null-prototype objects in a Server Action's result); each
 * key is defined, not assigned, so a path such as `__proto__` is an ordinary own key and
 * pollutes nothing.
 */
export function toFieldErrorMap(error: unknown): Record<string, string> {
  const map: Record<string, string> = {}
  if (error === null || error === undefined) return map
  for (const { path, message } of fieldErrorsToShow(parseApiError(error))) {
    if (!Object.hasOwn(map, path))
      Object.defineProperty(map, path, { value: message, enumerable: true, writable: true, configurable: true })
  }
  return map
}
