import type { ApiError } from './ApiError.js'

/**
 * Whether a user may read what the server wrote for this error (its field errors, its message as a
 * detail): only for a 4xx. A 5xx, or a failure without a response, shows the kit's own copy.
 */
export const mayShowServerText = (error: ApiError): boolean => error.status >= 400 && error.status < 500

const STATUS_MESSAGE = 'Request failed with status '

/** The message the kit writes for a response whose body says nothing: for developers, not server text. */
export const statusMessage = (status: number, statusText?: string): string =>
  `${STATUS_MESSAGE}${status}${statusText ? ` ${statusText}` : ''}`

/** The message the kit writes for an error built without one. */
export const typeMessage = (type: string): string => `${type} error`

/**
 * What the server wrote as this error's message, when a user may read it (`mayShowServerText`);
 * undefined for a message the kit wrote itself (`statusMessage`, `typeMessage`), which is known by
 * its form, so it stays known after `toJSON()` and `parseApiError` again.
 */
export function serverMessage(error: ApiError): string | undefined {
  const { message, status, type } = error
  if (!mayShowServerText(error) || message === typeMessage(type)) return undefined
  const written = statusMessage(status)
  return message === written || message.startsWith(`${written} `) ? undefined : message
}
