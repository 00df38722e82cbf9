import { getHeader } from '../headers.js'
import { isObject } from '../../shared/values.js'
import type { Dict } from '../../shared/values.js'

/** What a wrapper hides that no generic key reveals: a status, headers, or a body in a known dialect. */
export interface Found {
  status?: number
  headers?: unknown
  body?: unknown
}

// The HTTP status the Connect protocol sends for each code, by code number (canceled … unauthenticated).
const CONNECT_STATUS = [0, 499, 500, 400, 504, 404, 409, 403, 429, 400, 409, 400, 501, 500, 503, 500, 401]

/**
 * A Connect `ConnectError`: a gRPC code number, its name in the message (`[resource_exhausted] …`)
 * and `metadata`, the response's headers and trailers. Without a content type nothing answered:
 * the code is the client's own (`unavailable`, `canceled`, `deadline_exceeded`), a transport failure.
 */
export const fromConnect = ({ code, metadata, rawMessage, message }: Dict): Found | undefined =>
  typeof code === 'number' && typeof rawMessage === 'string' && getHeader(metadata, 'content-type')
    ? {
        status: CONNECT_STATUS[code],
        headers: metadata,
        body: { code: /^\[(\w+)\]/.exec(String(message))?.[1], message: rawMessage },
      }
    : undefined

/**
 * tRPC's `TRPCClientError`: `data` (`code`, `httpStatus`) beside the `shape` it came in. The error
 * formatter of tRPC's docs puts zod's `flatten()` under `data.zodError`; its message is then a
 * dump of zod's issues, not a sentence.
 */
export function fromTRPC({ data, shape, message }: Dict): Found | undefined {
  const zod = (data as Dict | undefined)?.zodError as Dict | null | undefined
  return isObject(data) && isObject(shape)
    ? { body: { code: data.code, message: zod ? undefined : message, errors: zod?.fieldErrors } }
    : undefined
}

/**
 * GraphQL errors wherever clients keep them: Apollo 3's and urql's `graphQLErrors`, Apollo 4's
 * `errors`, graphql-request's `response.errors`, Apollo 3's ServerError `result`. An error naming
 * its field in `extensions` (`field`, or Apollo Server's `argumentName`) is a field error; the
 * GraphQL `path` names a place in the response, not a field.
 */
export function fromGraphQL(input: Dict, response: Dict | undefined, isError: boolean): Found | undefined {
  const errors = [input.graphQLErrors, isError && input.errors, response?.errors, (input.result as Dict)?.errors].find(
    (list): list is unknown[] => Array.isArray(list) && list.length > 0,
  )
  return (
    errors && {
      body: {
        errors: errors.map((error) => {
          const extensions = (error as Dict | undefined)?.extensions as Dict | undefined
          return {
            message: (error as Dict | undefined)?.message,
            extensions,
            field: extensions?.field ?? extensions?.argumentName,
          }
        }),
      },
    }
  )
}
