import type { ApiErrorType } from '../../core/index.js'
import type { Dialect } from './types.js'
import { screamingCase } from './spelling.js'

/** Apollo Server's documented codes, where one means the type; the others are spelled as codes are. */
const CODES: Partial<Record<ApiErrorType, string>> = {
  Unauthorized: 'UNAUTHENTICATED',
  Forbidden: 'FORBIDDEN',
  InvalidPayload: 'BAD_USER_INPUT',
  InvalidQuery: 'GRAPHQL_VALIDATION_FAILED',
  Internal: 'INTERNAL_SERVER_ERROR',
}

/**
 * GraphQL (Apollo Server): `{ errors: [{ message, extensions: { code } }], data: null }`, one more
 * error per field with `extensions.argumentName` (Apollo's BAD_USER_INPUT example), the request id
 * in `X-Request-Id`. Sent with the type's HTTP status; pass `status: 200` for servers that answer
 * execution errors with 200. Source: https://www.apollographql.com/docs/apollo-server/data/errors
 * (bodies kept in test/core/fixtures/real-responses.json).
 */
export const graphql: Dialect = {
  contentType: 'application/json',
  requestIdHeader: 'X-Request-Id',
  maxFieldErrors: Infinity,
  note: "the first error's `extensions.code` names it",
  build: ({ type, message, fieldErrors }) => {
    const code = CODES[type] ?? screamingCase(type)
    return {
      body: {
        errors: [
          { message, extensions: { code } },
          ...fieldErrors.map(({ path, message: text }) => ({
            message: text,
            extensions: { code, argumentName: path },
          })),
        ],
        data: null,
      },
    }
  },
}
