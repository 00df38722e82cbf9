import { isRequestIdName } from './readRequestId.js'

// `retry_after`, `retryAfter`, `retry_after_seconds`, `retryAfterMs`, Google's `retryDelay`: bounded, linear.
const WAIT_KEY = /^retry[-_]?(?:after|delay|in)(?:[-_]?(ms|millis|milliseconds|s|secs?|seconds))?$/i

/** A request id and a wait found near the top of a body. */
export interface BodyHints {
  id?: string
  /** Seconds (a number, `"12"` or a duration such as `"12s"`), or milliseconds when `waitInMs`. */
  wait?: unknown
  waitInMs?: boolean
}

/**
 * A `walk` visitor that keeps, in `hints`, the request id (`request_id`, `requestId`, `traceId`,
 * `meta.request_id`, `error.innerError.request-id`…) and the wait (`retry_after`,
 * `parameters.retry_after`, `retryAfterMs`, `error.details[].retryDelay`…) nearest the top.
 */
export function findingHints(hints: BodyHints): (key: string, value: unknown, depth: number) => void {
  let idDepth = Infinity
  let waitDepth = Infinity
  return (key, value, depth) => {
    if (depth < idDepth && typeof value === 'string' && value.trim() && isRequestIdName(key)) {
      hints.id = value
      idDepth = depth
    }
    const unit = depth < waitDepth && (typeof value === 'number' || typeof value === 'string') && WAIT_KEY.exec(key)
    if (unit) {
      hints.wait = value
      hints.waitInMs = unit[1]?.[0]?.toLowerCase() === 'm'
      waitDepth = depth
    }
  }
}
