import type { BodyFacts } from './describeBody.js'
import { headerLike } from './headers.js'
import type { HeaderMap } from './headers.js'
import { parseHttpDate, parseRetryAfter, parseSeconds } from './parseRetryAfter.js'

// Reset hints: `X-RateLimit-Reset-After`, `RateLimit-Reset`, `X-RateLimit-Reset`, Okta's `X-Rate-Limit-Reset`,
// OpenAI's `x-ratelimit-reset-requests` / `-tokens` (durations such as `6m0s`), a vendor's own
// (`X-Contentful-RateLimit-Reset`), in ms when it says so (`X-Rate-Limit-Time-Reset-Ms`). Anchored, bounded: linear.
const RESET = /^(?:x-)?(?:[a-z\d]{1,20}-)?rate-?limit-(?:time-)?reset(?:-after|-requests|-tokens)?(-ms)?$/
const REMAINING = /^(?:x-)?rate-?limit-remaining$/
const UNIT_SECONDS: Readonly<Record<string, number>> = { h: 3600, m: 60, s: 1, ms: 0.001 }
// "Retry after 30 seconds", "try again in 2.5s", "retry in 500 ms", "try again after '1' minute":
// fixed words, bounded numbers, read in the message's first characters only: linear.
const WAIT_IN_TEXT =
  /\b(?:retry|try again) (?:after|in) '?(\d{1,6}(?:\.\d{1,3})?)'? ?(ms|s|sec|seconds?|m|min|minutes?|h|hours?)\b/i
const TEXT_HEAD = 1000

/** Whether a response says its rate limit is used up (GitHub sends a 403 then). */
export const isRateLimitSpent = (headers: HeaderMap): boolean => headerLike(headers, REMAINING)?.[1].trim() === '0'

/**
 * How long a response asks the client to wait, in milliseconds: `Retry-After` always; the other
 * hints real APIs send — reset headers, the IETF `RateLimit` field, a body `retry_after` /
 * `retryAfterMs` / `retryDelay` (see `findHints`), "retry after 30 seconds" in the message — only
 * on a 429, a 503 or a spent 403, since some APIs send them on every response. Absolute times
 * count from the response's `Date` when it has a valid one, so a skewed client clock does not
 * distort the wait.
 */
export function readRetryDelay(
  headers: HeaderMap,
  status: number,
  body: Pick<BodyFacts, 'wait' | 'waitInMs' | 'message'>,
  now: number | undefined,
): number | undefined {
  const clock = parseHttpDate(headers.get('date')?.trim() ?? '', Date.now()) ?? now ?? Date.now()
  const header = parseRetryAfter(headers.get('retry-after'), clock)
  if (header !== undefined || !(status === 429 || status === 503 || (status === 403 && isRateLimitSpent(headers))))
    return header
  const field = /(?:^|[\s,;])(?:reset|t)=(\d+)/.exec(headers.get('ratelimit') ?? '')
  const reset = headerLike(headers, RESET)
  // Anything but a string or a number reads as garbage.
  const [hint, inMs] = reset
    ? [reset[1], reset[0].endsWith('-ms')]
    : field
      ? [field[1]!, false]
      : [body.wait === undefined ? undefined : String(body.wait), body.waitInMs]
  if (hint !== undefined) {
    const ms = parseWait(hint.trim(), clock)
    return inMs && ms !== undefined ? Math.ceil(ms / 1000) : ms
  }
  const said = WAIT_IN_TEXT.exec(body.message?.slice(0, TEXT_HEAD) ?? '')
  const unit = said?.[2]!.toLowerCase()
  return unit ? Math.ceil(parseSeconds(said![1]!)! * UNIT_SECONDS[unit === 'ms' ? unit : unit[0]!]!) : undefined
}

/** Delay-seconds (above 1e9: Unix seconds, counted from `clock`) or a duration such as `6m0s`. */
function parseWait(text: string, clock: number): number | undefined {
  const ms = parseSeconds(text)
  if (ms !== undefined) return ms > 1e12 ? Math.max(0, ms - clock) : ms
  const part = /(\d+(?:\.\d+)?)(ms|h|m|s)/y
  let total = 0
  let end = 0
  let m: RegExpExecArray | null
  while ((m = part.exec(text))) {
    total += parseSeconds(m[1]!)! * UNIT_SECONDS[m[2]!]!
    end = part.lastIndex
  }
  // ApiError caps what is too large to be a delay.
  return end > 0 && end === text.length ? Math.ceil(total) : undefined
}
