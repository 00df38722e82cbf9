import type { Dict } from '../../shared/values.js'

const isHttpStatus = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 100 && value <= 599

/**
 * The HTTP status a client kept, wherever it keeps it: on its response (`status`, `statusCode`) or
 * on the error itself (`status`, `statusCode`, `httpStatus`, tRPC's `data.httpStatus`, RTK Query's
 * `originalStatus`). An error that has a place for its response and nothing in it never got an
 * answer, whatever status it claims (Octokit's `500` for a refused connection), and neither did an
 * abort or a timeout.
 */
export function statusOf(input: Dict, response: Dict | undefined): number | undefined {
  const unanswered = ('response' in input && !response) || /abort|timeout/i.test(String(input.name))
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
