import type { Dialect } from './types.js'
import { kebabCase } from './spelling.js'

// RFC 6901: `~` and `/` inside a segment are escaped.
const pointer = (path: string): string =>
  path === ''
    ? '#'
    : `#/${path
        .split('.')
        .map((part) => part.replace(/~/g, '~0').replace(/\//g, '~1'))
        .join('/')}`

/**
 * RFC 9457 problem details: a `type` URI naming the problem (its last segment is read as the
 * code), `title`, `status`, `instance` for the occurrence (the request id), and the RFC's own
 * `errors: [{ detail, pointer }]` extension for field errors (section 3's validation example).
 * Source: https://www.rfc-editor.org/rfc/rfc9457 (examples kept in test/core/fixtures/real-responses.json).
 */
export const problem: Dialect = {
  contentType: 'application/problem+json',
  maxFieldErrors: Infinity,
  note: "the problem's type URI names the error",
  build: ({ type, status, message, fieldErrors, requestId }) => ({
    body: {
      type: `https://example.com/probs/${kebabCase(type)}`,
      title: message,
      status,
      ...(requestId !== undefined && { instance: requestId }),
      ...(fieldErrors.length > 0 && {
        errors: fieldErrors.map(({ path, message: detail }) => ({ detail, pointer: pointer(path) })),
      }),
    },
  }),
}
