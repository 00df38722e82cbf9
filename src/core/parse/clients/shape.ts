import type { Dict } from '../../shared/values.js'
import { typeForTransport } from '../typeForTransport.js'

const isHttpStatus = (value: unknown): value is number =>
  Number.isInteger(value) && (value as number) >= 100 && (value as number) <= 599

/**
 * The HTTP status a client kept, wherever it keeps it: on its response (`status`, `statusCode`) or
 * on the error itself (`status`, `statusCode`, `httpStatus`, tRPC's `data.httpStatus`, RTK Query's
 * `originalStatus`). An error whose name or cause says it never got an answer (an `AbortError`,
 * a `TimeoutError`, a `fetch failed` cause) has no status, whatever it claims: Octokit adds `500`.
 */
export function statusOf(input: Dict, response: Dict | undefined): number | undefined {
  const unanswered = typeForTransport({ name: input.name, cause: input.cause })
  return [
    response?.status,
    response?.statusCode,
    ...(unanswered
      ? []
      : [
          input.status,
          input.statusCode,
          input.httpStatus,
          (input.data as Dict | undefined)?.httpStatus,
          input.originalStatus,
        ]),
  ].find(isHttpStatus)
}
