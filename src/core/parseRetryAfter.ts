const MONTHS = 'janfebmaraprmayjunjulaugsepoctnovdec'
const DAY = '(?:mon|tue|wed|thu|fri|sat|sun)'
const TIME = '(\\d{2}):(\\d{2}):(\\d{2})'
// RFC 9110 §5.6.7: IMF-fixdate, the obsolete RFC 850 form, and ANSI C's asctime() form.
const IMF_FIXDATE = new RegExp(`^${DAY}, (\\d{2}) ([a-z]{3}) (\\d{4}) ${TIME} gmt$`, 'i')
const RFC850 = new RegExp(`^${DAY}[a-z]*, (\\d{2})-([a-z]{3})-(\\d{2}) ${TIME} gmt$`, 'i')
const ASCTIME = new RegExp(`^${DAY} ([a-z]{3}) ([ \\d]\\d) ${TIME} (\\d{4})$`, 'i')

/** A delay so large it means "not in this session"; kept finite so timers and maths stay sane. */
const MAX_MS = Number.MAX_SAFE_INTEGER

/**
 * Reads one `Retry-After` value: delay-seconds or an HTTP-date, in milliseconds from `now`.
 * Past dates give 0; anything else (negative, fractional, hexadecimal, garbage) gives `undefined`.
 */
export function parseRetryAfter(value: unknown, now: number = Date.now()): number | undefined {
  if (typeof value !== 'string') return undefined
  const text = value.trim()
  if (/^\d+$/.test(text)) return Math.min(Number(text) * 1000, MAX_MS)
  const date = parseHttpDate(text, now)
  return date === undefined ? undefined : Math.min(Math.max(0, date - now), MAX_MS)
}

/** An HTTP-date in any of its three forms as epoch milliseconds, or `undefined`. */
export function parseHttpDate(text: string, now: number): number | undefined {
  let m = IMF_FIXDATE.exec(text) as string[] | null
  if (m) return utc(m[3], m[2], m[1], m[4], m[5], m[6])
  m = RFC850.exec(text)
  if (m) return utc(fullYear(Number(m[3]), now), m[2], m[1], m[4], m[5], m[6])
  m = ASCTIME.exec(text)
  if (m) return utc(m[6], m[1], m[2], m[3], m[4], m[5])
  return undefined
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
  const time = Date.UTC(Number(year), month / 3, d, Number(h), Number(mi), Number(s))
  // Reject dates that roll over (31 Feb).
  return new Date(time).getUTCDate() === d ? time : undefined
}
