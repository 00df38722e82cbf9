import { readHeaders } from '../headers.js'
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
  typeof code === 'number' && typeof rawMessage === 'string' && readHeaders(metadata).has('content-type')
    ? {
        status: CONNECT_STATUS[code],
        headers: metadata,
        body: { code: /^\[(\w+)\]/.exec(String(message))?.[1], message: rawMessage },
      }
    : undefined

/**
 * GraphQL errors wherever clients keep them: Apollo 3's and urql's `graphQLErrors`, Apollo 4's
 * `errors`, graphql-request's `response.errors`, Apollo 3's ServerError `result`, as the body
 * they came in.
 */
export function fromGraphQL(input: Dict, response: Dict | undefined, isError: boolean): Found | undefined {
  const errors = [input.graphQLErrors, isError && input.errors, response?.errors, (input.result as Dict)?.errors].find(
    (list) => Array.isArray(list) && list.length > 0,
  )
  return errors ? { body: { errors } } : undefined
}
