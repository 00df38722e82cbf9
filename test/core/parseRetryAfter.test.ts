import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseApiError, parseRetryAfter } from '../../src/core/index.js'

/** The instant the three RFC 9110 example dates name: Sun, 06 Nov 1994 08:49:37 GMT. */
const EXAMPLE_DATE = Date.UTC(1994, 10, 6, 8, 49, 37)
/** A fixed "now" 37 seconds before it. */
const NOW = EXAMPLE_DATE - 37_000
/** The largest delay parseRetryAfter returns: finite, so timers and arithmetic stay sane. */
const MAX_RETRY_AFTER_MS = Number.MAX_SAFE_INTEGER

describe('parseRetryAfter: delay-seconds', () => {
  it.each<[string, unknown, number | undefined]>([
    ['a whole number of seconds', '120', 120_000],
    ['zero', '0', 0],
    ['surrounding spaces', ' 42 ', 42_000],
    ['surrounding tabs and newlines', '\t5\r\n', 5_000],
    ['leading zeros', '007', 7_000],
    ['a negative number', '-1', undefined],
    ['an explicit plus sign', '+1', undefined],
    // DESIGN: decimal seconds, as Microsoft Graph and Shopify send them; sub-milliseconds round up.
    ['a decimal', '1.5', 1_500],
    ['a decimal with a zero fraction', '2.0', 2_000],
    ['milliseconds', '2.128', 2_128],
    ['a sub-millisecond part, rounded up', '2.1281', 2_129],
    ['a fraction of a millisecond only', '0.0001', 1],
    ['trailing zeros past the milliseconds', '2.128000', 2_128],
    ['a dot without a fraction', '2.', undefined],
    ['a fraction without a whole part', '.5', undefined],
    ['two dots', '1.2.3', undefined],
    ['a decimal comma', '1,5', undefined],
    ['exponent notation', '1e3', undefined],
    ['hexadecimal', '0x10', undefined],
    ['Infinity', 'Infinity', undefined],
    ['NaN', 'NaN', undefined],
    ['an empty string', '', undefined],
    ['only spaces', '   ', undefined],
    ['garbage', 'soon™', undefined],
    ['a number followed by a unit', '10s', undefined],
    ['two numbers', '1 2', undefined],
    ['non-ASCII digits', '١٢', undefined],
    ['a number (not a header string)', 120, undefined],
    ['null', null, undefined],
    ['undefined', undefined, undefined],
    ['an object', { value: '120' }, undefined],
    ['an array holding a valid value', ['120'], undefined],
    ['a boxed string', Object('120') as unknown, undefined],
  ])('%s (%j) → %j', (_label, value, expected) => {
    expect(parseRetryAfter(value, NOW)).toBe(expected)
  })
})

describe('parseRetryAfter: HTTP-dates against a fixed now', () => {
  it.each([
    ['IMF-fixdate', 'Sun, 06 Nov 1994 08:49:37 GMT'],
    ['RFC 850', 'Sunday, 06-Nov-94 08:49:37 GMT'],
    ['asctime', 'Sun Nov  6 08:49:37 1994'],
    ['IMF-fixdate in lower case', 'sun, 06 nov 1994 08:49:37 gmt'],
    ['IMF-fixdate with surrounding spaces', '  Sun, 06 Nov 1994 08:49:37 GMT '],
  ])('%s: %s is 37 s after now', (_form, value) => {
    expect(parseRetryAfter(value, NOW)).toBe(37_000)
  })

  it.each([
    ['IMF-fixdate', 'Sun, 06 Nov 1994 08:49:37 GMT'],
    ['RFC 850', 'Sunday, 06-Nov-94 08:49:37 GMT'],
    ['asctime', 'Sun Nov  6 08:49:37 1994'],
  ])('a %s date in the past gives 0, not a negative delay', (_form, value) => {
    expect(parseRetryAfter(value, EXAMPLE_DATE + 1)).toBe(0)
    expect(parseRetryAfter(value, Date.UTC(2030, 0, 1))).toBe(0)
  })

  it('a date equal to now gives 0', () => {
    expect(parseRetryAfter('Sun, 06 Nov 1994 08:49:37 GMT', EXAMPLE_DATE)).toBe(0)
  })

  it('reads an RFC 850 two-digit year as at most 50 years ahead of now', () => {
    const now = Date.UTC(2025, 0, 1)
    // 2030 is 5 years ahead: a future date.
    expect(parseRetryAfter('Wednesday, 06-Nov-30 08:49:37 GMT', now)).toBe(Date.UTC(2030, 10, 6, 8, 49, 37) - now)
    // 2094 would be 69 years ahead, so 94 is 1994: in the past.
    expect(parseRetryAfter('Sunday, 06-Nov-94 08:49:37 GMT', now)).toBe(0)
  })

  it.each([
    ['31 February', 'Sat, 31 Feb 2024 08:49:37 GMT'],
    ['31 April', 'Wed, 31 Apr 2024 08:49:37 GMT'],
    ['29 February in a common year', 'Sun, 29 Feb 2026 08:49:37 GMT'],
    ['hour 24', 'Sun, 06 Nov 1994 24:00:00 GMT'],
    ['minute 60', 'Sun, 06 Nov 1994 08:60:00 GMT'],
    ['an unknown month', 'Sun, 06 Foo 1994 08:49:37 GMT'],
    ['a time zone other than GMT', 'Sun, 06 Nov 1994 08:49:37 PST'],
    ['a missing time zone', 'Sun, 06 Nov 1994 08:49:37'],
    ['an ISO 8601 date', '1994-11-06T08:49:37Z'],
    ['a single-digit day in IMF-fixdate', 'Sun, 6 Nov 1994 08:49:37 GMT'],
    ['an unknown day name', 'Xyz, 06 Nov 1994 08:49:37 GMT'],
  ])('an invalid date (%s) gives undefined', (_label, value) => {
    expect(parseRetryAfter(value, NOW)).toBeUndefined()
  })

  it('accepts a leap second', () => {
    expect(parseRetryAfter('Sat, 31 Dec 2016 23:59:60 GMT', Date.UTC(2016, 11, 31, 23, 59, 0))).toBe(60_000)
  })

  it('uses Date.now() when now is left out', () => {
    const inAnHour = new Date(Date.now() + 3_600_000).toUTCString()
    const delay = parseRetryAfter(inAnHour)
    // toUTCString() drops the milliseconds; the margin only absorbs a slow machine.
    expect(delay).toBeGreaterThan(3_600_000 - 60_000)
    expect(delay).toBeLessThanOrEqual(3_600_000)
  })
})

describe('parseRetryAfter: delays beyond what a timer holds (2^31−1 ms) stay finite', () => {
  it('returns a delay above 2^31−1 ms exactly when it is a safe integer', () => {
    // 99 999 999 s is about three years: the value is kept, the retry policy clamps it for timers.
    expect(parseRetryAfter('99999999', NOW)).toBe(99_999_999_000)
    expect(parseRetryAfter('2147484', NOW)).toBeGreaterThan(2 ** 31 - 1)
  })

  it('clamps what is not representable to Number.MAX_SAFE_INTEGER', () => {
    expect(parseRetryAfter('9'.repeat(400), NOW)).toBe(MAX_RETRY_AFTER_MS)
    expect(parseRetryAfter('1' + '0'.repeat(400), NOW)).toBe(MAX_RETRY_AFTER_MS)
    expect(parseRetryAfter('9007199254741', NOW)).toBe(MAX_RETRY_AFTER_MS)
  })

  it('a date far in the future is a finite delay', () => {
    const delay = parseRetryAfter('Fri, 31 Dec 9999 23:59:59 GMT', NOW)
    expect(Number.isFinite(delay)).toBe(true)
    expect(delay).toBe(Date.UTC(9999, 11, 31, 23, 59, 59) - NOW)
  })

  it('a non-finite now falls back to the clock instead of returning NaN', () => {
    for (const now of [Number.NaN, Infinity, -Infinity]) {
      expect(parseRetryAfter('Sun, 06 Nov 1994 08:49:37 GMT', now)).toBe(0)
      expect(parseRetryAfter('Fri, 31 Dec 9999 23:59:59 GMT', now)).toBeGreaterThan(0)
      expect(parseRetryAfter('Sunday, 06-Nov-94 08:49:37 GMT', now)).toBe(0)
      expect(parseRetryAfter('120', now)).toBe(120_000)
    }
  })
})

describe('Retry-After read from responses', () => {
  const response = (status: number, headers: Record<string, string>) => new Response(null, { status, headers })

  it('picks up delay-seconds on a 429', () => {
    const error = parseApiError(response(429, { 'Retry-After': '120' }))
    expect(error).toMatchObject({ type: 'RateLimited', status: 429, retryAfterMs: 120_000 })
  })

  it('picks up an HTTP-date on a 503, against the now option', () => {
    const error = parseApiError(response(503, { 'retry-after': 'Sun, 06 Nov 1994 08:49:37 GMT' }), { now: NOW })
    expect(error).toMatchObject({ type: 'Unavailable', retryAfterMs: 37_000 })
  })

  it('ignores an invalid Retry-After', () => {
    expect(parseApiError(response(429, { 'retry-after': 'tomorrow' })).retryAfterMs).toBeUndefined()
    expect(parseApiError(response(429, { 'retry-after': '-5' })).retryAfterMs).toBeUndefined()
  })

  it('does not believe a Retry-After beyond a week (parseRetryAfter alone keeps it finite, above)', () => {
    const error = parseApiError(response(429, { 'retry-after': '9'.repeat(400) }))
    expect(error.retryAfterMs).toBeUndefined()
    expect(JSON.parse(JSON.stringify(error))).not.toHaveProperty('retryAfterMs')
  })
})

describe('RateLimit-Reset and X-RateLimit-Reset: only for 429 and 503 without Retry-After', () => {
  const now = Date.UTC(2023, 10, 14, 22, 13, 20) // 1 700 000 000 s
  const read = (status: number, headers: Record<string, string>) =>
    parseApiError(new Response(null, { status, headers }), { now })

  it.each(['RateLimit-Reset', 'X-RateLimit-Reset'])('%s as delay-seconds', (name) => {
    expect(read(429, { [name]: '30' }).retryAfterMs).toBe(30_000)
    expect(read(503, { [name]: '30' }).retryAfterMs).toBe(30_000)
  })

  it.each(['RateLimit-Reset', 'X-RateLimit-Reset'])('%s above 1e9 as Unix seconds', (name) => {
    expect(read(429, { [name]: '1700000060' }).retryAfterMs).toBe(60_000)
    expect(read(503, { [name]: '1700000001' }).retryAfterMs).toBe(1_000)
  })

  it('a Unix time in the past gives 0', () => {
    expect(read(429, { 'x-ratelimit-reset': '1600000000' }).retryAfterMs).toBe(0)
  })

  it('1e9 itself is still delay-seconds (31 years, so not believed; as a Unix time it would be 0)', () => {
    expect(read(429, { 'ratelimit-reset': '1000000000' }).retryAfterMs).toBeUndefined()
    expect(read(429, { 'ratelimit-reset': '1000000001' }).retryAfterMs).toBe(0)
  })

  it('Retry-After wins over the reset headers', () => {
    expect(
      read(429, { 'retry-after': '5', 'ratelimit-reset': '30', 'x-ratelimit-reset': '1700000060' }).retryAfterMs,
    ).toBe(5_000)
  })

  it('RateLimit-Reset wins over X-RateLimit-Reset', () => {
    expect(read(429, { 'ratelimit-reset': '7', 'x-ratelimit-reset': '30' }).retryAfterMs).toBe(7_000)
  })

  it('ignores reset values that are not numbers', () => {
    for (const value of ['-1', 'soon', '0x10', '1e3', '']) {
      expect(read(429, { 'ratelimit-reset': value }).retryAfterMs).toBeUndefined()
    }
  })

  it('does not believe a huge reset value', () => {
    for (const value of ['9'.repeat(400), '9'.repeat(20), '1' + '0'.repeat(309)])
      expect(read(429, { 'ratelimit-reset': value }).retryAfterMs).toBeUndefined()
  })

  it.each([200, 201, 204, 302, 400, 401, 403, 404, 500, 502, 504])('never counts them on a %i', (status) => {
    const headers = { 'ratelimit-reset': '30', 'x-ratelimit-reset': '1700000060' }
    const error = parseApiError(new Response(null, { status, headers }), { now })
    expect(error.retryAfterMs).toBeUndefined()
  })

  it('never counts them on a response-shaped object with a 400 either', () => {
    const error = parseApiError({ status: 400, headers: { 'X-RateLimit-Reset': '30' }, data: { error: 'bad_request' } })
    expect(error.type).toBe('InvalidPayload')
    expect(error.retryAfterMs).toBeUndefined()
  })
})

describe('parseRetryAfter properties', () => {
  const now = Date.UTC(2026, 10, 22, 12, 0, 0)

  it('any string gives undefined or a whole, finite, non-negative number of milliseconds', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^\s*[+-]?\d{0,20}(\.\d+)?(e\d+)?\s*$/)), (value) => {
        const delay = parseRetryAfter(value, now)
        if (delay === undefined) return
        expect(Number.isSafeInteger(delay)).toBe(true)
        expect(delay).toBeGreaterThanOrEqual(0)
      }),
      { numRuns: 3000 },
    )
  })

  it('delay-seconds, padded with spaces, are exactly seconds × 1000', () => {
    fc.assert(
      fc.property(fc.nat({ max: 10_000_000 }), fc.constantFrom('', ' ', '\t', '  '), (seconds, pad) => {
        expect(parseRetryAfter(`${pad}${seconds}${pad}`, now)).toBe(seconds * 1000)
      }),
      { numRuns: 2000 },
    )
  })

  it('an IMF-fixdate is read back to the second, past dates as 0', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e10, max: 1e10 }), (offsetSeconds) => {
        const date = new Date(now + offsetSeconds * 1000)
        expect(parseRetryAfter(date.toUTCString(), now)).toBe(Math.max(0, offsetSeconds * 1000))
      }),
      { numRuns: 2000 },
    )
  })
})
