import type { Dialect } from './types.js'
import { snakeCase } from './spelling.js'

/**
 * JSON:API: `{ errors: [{ status, code, title, detail, source: { pointer } }] }`, one error per
 * field with a pointer into `/data/attributes/`, the request id in `X-Request-Id`.
 * Sources: https://jsonapi.org/format/#error-objects, https://jsonapi.org/examples/#error-objects
 */
export const jsonapi: Dialect = {
  contentType: 'application/vnd.api+json',
  requestIdHeader: 'X-Request-Id',
  maxFieldErrors: Infinity,
  note: "the first error's `code` names it",
  build: ({ type, status, message, fieldErrors }) => {
    const head = { status: String(status), code: snakeCase(type) }
    const pointer = (path: string) => `/data/attributes/${path.split('.').join('/')}`
    return {
      body: {
        errors: fieldErrors.length
          ? fieldErrors.map(({ path, message: detail }) => ({
              ...head,
              title: message,
              detail,
              source: { pointer: pointer(path) },
            }))
          : [{ ...head, title: message, detail: message }],
      },
    }
  },
}
