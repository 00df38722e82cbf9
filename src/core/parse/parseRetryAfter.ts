import { MAX_RETRY_AFTER_MS } from '../error/limits.js'

const MONTHS = 'janfebmaraprmayjunjulaugsepoctnovdec'
// RFC 9110 §5.6.7: IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`) and the obsolete RFC 850 form
// (`Sunday, 06-Nov-94 08:49:37 GMT`) share a shape; ANSI C's asctime() (`Sun Nov  6 08:49:37 1994`) has its own.
const IMF_OR_RFC850 =
  /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*, (\d\d)([ -])([a-z]{3})\2(\d{4}|\d\d) (\d\d):(\d\d):(\d\d) gmt$/i
const ASCTIME = /^(?:mon|tue|wed|thu|fri|sat|sun) ([a-z]{3}) ([ \d]\d) (\d\d):(\d\d):(\d\d) (\d{4})$/i

/**
 * Reads one `Retry-After` value: delay-seconds, whole or decimal (`2.128` is 2128 ms, sub-millisecond
 * parts round up), or an HTTP-date, in milliseconds from `now`. Past dates give 0; anything else
 * (negative, signed, exponent, hexadecimal, garbage) gives `undefined`.
 */
export function parseRetryAfter(value: unknown, now: number = Date.now()): number | undefined {
  if (typeof value !== 'string') return undefined
  const text = value.trim()
  const seconds = parseSeconds(text)
  if (seconds !== undefined) return seconds
  // A NaN or infinite `now` would turn every date into NaN: the clock is the only sane fallback.
  const at = Number.isFinite(now) ? now : Date.now()
  const date = parseHttpDate(text, at)
  return date === undefined ? undefined : Math.min(Math.max(0, date - at), MAX_RETRY_AFTER_MS)
}

/** Decimal seconds (`2`, `2.128`) as whole milliseconds, rounded up and capped; `undefined` for anything else. */
export function parseSeconds(text: string): number | undefined {
  // Rounded to a microsecond first, so floating point cannot turn 2.128 s into 2129 ms.
  return /^\d+(\.\d+)?$/.test(text)
    ? Math.min(Math.ceil(Math.round(Number(text) * 1e6) / 1e3), MAX_RETRY_AFTER_MS)
    : undefined
}

/** An HTTP-date in any of its three forms as epoch milliseconds, or `undefined`. */
export function parseHttpDate(text: string, now: number): number | undefined {
  let m = IMF_OR_RFC850.exec(text) as string[] | null
  if (m) return utc(m[4]!.length === 2 ? fullYear(Number(m[4]), now) : m[4], m[3], m[1], m[5], m[6], m[7])
  m = ASCTIME.exec(text)
  return m ? utc(m[6], m[1], m[2], m[3], m[4], m[5]) : undefined
}

// A two-digit year more than 50 years ahead is the most recent past year with those digits.
function fullYear(yy: number, now: number): number {
  const thisYear = new Date(now).getUTCFullYear()
  const century = thisYear - (thisYear % 100)
  const year = century + yy
  return year > thisYear + 50 ? year - 100 : year
}

function utc(year: unknown, mon: unknown, day: unknown, h: unknown, mi: unknown, s: unknown): number | undefined {
  const month = MONTHS.indexOf(String(mon).toLowerCase())
  const d = Number(day)
  if (month % 3 !== 0 || Number(h) > 23 || Number(mi) > 59 || Number(s) > 60) return undefined
  // Reject dates that roll over (31 Feb); the day alone, so a leap second (23:59:60) is kept.
  if (new Date(Date.UTC(Number(year), month / 3, d)).getUTCDate() !== d) return undefined
  return Date.UTC(Number(year), month / 3, d, Number(h), Number(mi), Number(s))
}
