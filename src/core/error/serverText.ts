import type { ApiError } from './ApiError.js'

/**
 * Whether a user may read what the server wrote for this error (its field errors, its message as a
 * detail): only for a 4xx. A 5xx, or a failure without a response, shows the kit's own copy.
 */
export const mayShowServerText = (error: ApiError): boolean => error.status >= 400 && error.status < 500
