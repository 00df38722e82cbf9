import { isDict } from './bodyFields.js'
import { isRequestIdName } from './readRequestId.js'

const LEVELS = 3
// Error bodies are small; a huge map or list is read no further than this at each level.
const MAX_KEYS = 64
const MAX_ITEMS = 8
// `retry_after`, `retryAfter`, `retry_after_seconds`, `retryAfterMs`, Google's `retryDelay`: bounded, linear.
const WAIT_KEY = /^retry[-_]?(?:after|delay|in)(?:[-_]?(ms|millis|milliseconds|s|secs?|seconds))?$/i

/** A request id and a wait found anywhere near the top of a body. */
export interface BodyHints {
  id?: string
  /** Seconds (a number, `"12"` or a duration such as `"12s"`), or milliseconds when `waitInMs`. */
  wait?: unknown
  waitInMs?: boolean
}

/**
 * Looks for a request id (`request_id`, `requestId`, `traceId`, `meta.request_id`,
 * `error.innerError.request-id`…) and a wait (`retry_after`, `parameters.retry_after`,
 * `retryAfterMs`, `error.details[].retryDelay`…) in the body, level by level, at most three
 * levels deep, through the first items of lists: the nearest wins.
 */
export function findHints(body: unknown): BodyHints {
  const hints: BodyHints = {}
  let level: unknown[] = [body]
  for (let depth = 0; depth < LEVELS && level.length > 0; depth++) {
    const next: unknown[] = []
    for (const node of level) {
      if (!isDict(node)) continue
      const keys = Object.keys(node)
      for (let i = 0; i < keys.length && i < MAX_KEYS; i++) {
        const key = keys[i]!
        const value = node[key]
        if (hints.id === undefined && typeof value === 'string' && value.trim() && isRequestIdName(key)) {
          hints.id = value
        } else if (hints.wait === undefined && (typeof value === 'number' || typeof value === 'string')) {
          const unit = WAIT_KEY.exec(key)
          if (unit) {
            hints.wait = value
            hints.waitInMs = unit[1]?.startsWith('m') === true
          }
        }
        if (isDict(value)) next.push(value)
        else if (Array.isArray(value)) next.push(...value.slice(0, MAX_ITEMS))
      }
    }
    level = next
  }
  return hints
}
