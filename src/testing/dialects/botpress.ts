import type { ApiErrorType } from '../../core/index.js'
import type { Dialect } from './types.js'

// The kit's own types, which Botpress's API never sends.
const NOT_BOTPRESS: ReadonlySet<ApiErrorType> = new Set(['Conflict', 'Unavailable', 'Timeout'])

/**
 * Botpress's API: `{ id, code, type, message }`, `type` spelled as the kit's type, `code` the
 * status, `id` the error's id (quoted to support). It names no fields.
 * Source: https://botpress.com/reference/botpress-api-documentation (Error Response Types).
 */
export const botpress: Dialect = {
  contentType: 'application/json',
  maxFieldErrors: 0,
  note: "the body's `type` names the error",
  refuses: (type) =>
    NOT_BOTPRESS.has(type)
      ? `Botpress's API has no ${type} type (the kit adds it for what no Botpress body says)`
      : undefined,
  build: ({ type, status, message, requestId }) => ({
    body: { ...(requestId !== undefined && { id: requestId }), code: status, type, message },
  }),
}
