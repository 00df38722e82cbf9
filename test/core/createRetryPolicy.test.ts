import { QueryClient } from '@tanstack/react-query'
import fc from 'fast-check'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApiError, apiErrorTypes, createRetryPolicy, readApiError } from '../../src/core/index.js'
import type { ApiErrorType, RetryPolicyOptions } from '../../src/core/index.js'

const MAX_TIMER_MS = 2 ** 31 - 1
/** The largest value Math.random() can return. */
const RANDOM_MAX = 1 - 2 ** -53

const rateLimited = (retryAfterMs?: number) => new ApiError({ type: 'RateLimited', status: 429, retryAfterMs })

const expectSaneDelay = (delay: unknown) => {
  expect(typeof delay).toBe('number')
  expect(Number.isFinite(delay)).toBe(true)
  expect(delay).toBeGreaterThanOrEqual(0)
  expect(delay).toBeLessThanOrEqual(MAX_TIMER_MS)
}

describe('retryDelay is always a usable timer delay', () => {
  const failureCount = fc.oneof(
    fc.integer({ min: -1000, max: 1000 }),
    fc.double(), // includes NaN, ±Infinity, -0, huge and tiny values
    fc.constantFrom(
      Number.NaN,
      -1,
      -0,
      Infinity,
      -Infinity,
      Number.MAX_VALUE,
      Number.MAX_SAFE_INTEGER,
      2 ** 31,
      1024,
      64,
      63,
    ),
  )
  const retryAfterValue = fc.oneof(
    fc.nat().map(String),
    fc.stringMatching(/^\d{1,400}$/),
    fc.date({ noInvalidDate: true }).map((date) => date.toUTCString()),
    fc.string(),
  )
  const error = fc.oneof(
    fc.anything(),
    fc
      .record({
        type: fc.constantFrom(...apiErrorTypes),
        status: fc.oneof(fc.integer({ min: -10, max: 700 }), fc.double()),
        retryAfterMs: fc.option(
          fc.oneof(fc.double(), fc.nat(), fc.constantFrom(Infinity, Number.MAX_VALUE, MAX_TIMER_MS + 1)),
          { nil: undefined },
        ),
      })
      .map((init) => new ApiError(init)),
    fc
      .record({ status: fc.constantFrom(408, 429, 500, 502, 503, 504), value: retryAfterValue })
      .map(({ status, value }) => ({
        status,
        headers: { 'Retry-After': value, 'RateLimit-Reset': value },
        data: null,
      })),
    fc.constantFrom(
      new TypeError('Failed to fetch'),
      new DOMException('The operation was aborted.', 'AbortError'),
      null,
      undefined,
      42,
    ),
  )
  const options: fc.Arbitrary<RetryPolicyOptions> = fc.record(
    {
      maxRetries: fc.nat(20),
      baseDelayMs: fc.double({ min: 0, noNaN: true }), // up to Infinity
      maxDelayMs: fc.double({ min: 0, noNaN: true }),
      maxRetryAfterMs: fc.double({ min: 0, noNaN: true }),
      idempotent: fc.boolean(),
    },
    { requiredKeys: [] },
  )

  it('never NaN, Infinity, negative or above 2^31−1, and retry is always a boolean', () => {
    fc.assert(
      fc.property(options, failureCount, error, (opts, count, err) => {
        const policy = createRetryPolicy(opts)
        expectSaneDelay(policy.retryDelay(count, err))
        expect(typeof policy.retry(count, err)).toBe('boolean')
      }),
      { numRuns: 3000 },
    )
  })

  it('a Retry-After beyond a week is not believed: the backoff decides, never a timer-sized wait', () => {
    vi.spyOn(Math, 'random').mockReturnValue(RANDOM_MAX)
    const policy = createRetryPolicy({ maxRetryAfterMs: Infinity })
    const huge = new Response(null, { status: 429, headers: { 'retry-after': '9'.repeat(400) } })
    for (const error of [huge, rateLimited(Infinity), rateLimited(99_999_999_000)])
      expect(policy.retryDelay(0, error)).toBeLessThan(1000)
  })

  it('a maxDelayMs beyond what a timer holds still gives a timer-sized backoff', () => {
    vi.spyOn(Math, 'random').mockReturnValue(RANDOM_MAX)
    const policy = createRetryPolicy({ baseDelayMs: 1e300, maxDelayMs: Infinity })
    const delay = policy.retryDelay(5, new TypeError('Failed to fetch'))
    expect(delay).toBeLessThan(MAX_TIMER_MS)
    expect(delay).toBeGreaterThan(MAX_TIMER_MS - 10)
  })
})

describe('Retry-After is honoured exactly', () => {
  it('uses the delay the server asked for, whatever the failure count and backoff settings', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60_000 }),
        fc.integer({ min: -5, max: 50 }),
        fc.nat(100),
        (ms, count, maxDelayMs) => {
          const policy = createRetryPolicy({ baseDelayMs: 1, maxDelayMs })
          expect(policy.retryDelay(count, rateLimited(ms))).toBe(ms)
        },
      ),
      { numRuns: 500 },
    )
  })

  it('does not consult the jitter when the server gave a delay', () => {
    const random = vi.spyOn(Math, 'random').mockReturnValue(0)
    expect(createRetryPolicy().retryDelay(2, rateLimited(1_500))).toBe(1_500)
    expect(random).not.toHaveBeenCalled()
  })

  it('reads Retry-After from a raw 429 or 503 Response', () => {
    const policy = createRetryPolicy()
    const tooMany = new Response(null, { status: 429, headers: { 'Retry-After': '7' } })
    const unavailable = new Response(null, { status: 503, headers: { 'Retry-After': '45' } })
    expect(policy.retry(0, tooMany)).toBe(true)
    expect(policy.retryDelay(0, tooMany)).toBe(7_000)
    expect(policy.retry(0, unavailable)).toBe(true)
    expect(policy.retryDelay(1, unavailable)).toBe(45_000)
  })

  it('a Retry-After of 0 retries at once', () => {
    const policy = createRetryPolicy()
    expect(policy.retry(0, rateLimited(0))).toBe(true)
    expect(policy.retryDelay(0, rateLimited(0))).toBe(0)
  })
})

describe('capped full jitter: random(0, min(maxDelayMs, baseDelayMs·2^n))', () => {
  const network = new TypeError('Failed to fetch')

  it.each([
    [0, 1_000],
    [1, 2_000],
    [2, 4_000],
    [3, 8_000],
    [4, 16_000],
    [5, 30_000],
    [6, 30_000],
    [100, 30_000],
    [1e6, 30_000],
    [Number.MAX_VALUE, 30_000],
  ])('failureCount %d: the lower end is 0 and the upper end stays below %i', (count, ceiling) => {
    const policy = createRetryPolicy()
    const random = vi.spyOn(Math, 'random')
    random.mockReturnValue(0)
    expect(policy.retryDelay(count, network)).toBe(0)
    random.mockReturnValue(RANDOM_MAX)
    expect(policy.retryDelay(count, network)).toBe(ceiling - 1)
    random.mockReturnValue(0.5)
    expect(policy.retryDelay(count, network)).toBe(ceiling / 2)
  })

  it('uses baseDelayMs and maxDelayMs', () => {
    vi.spyOn(Math, 'random').mockReturnValue(RANDOM_MAX)
    const policy = createRetryPolicy({ baseDelayMs: 100, maxDelayMs: 500 })
    expect([0, 1, 2, 3, 4].map((n) => policy.retryDelay(n, network))).toEqual([99, 199, 399, 499, 499])
  })

  it('treats a NaN, negative or infinite failure count as the first retry', () => {
    vi.spyOn(Math, 'random').mockReturnValue(RANDOM_MAX)
    const policy = createRetryPolicy()
    for (const count of [Number.NaN, -1, -1e9, -Infinity, Infinity]) expect(policy.retryDelay(count, network)).toBe(999)
  })

  it('stays within [0, ceiling) for any random value and setting', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        fc.nat(80),
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 1, max: 10_000_000 }),
        (random, count, baseDelayMs, maxDelayMs) => {
          vi.spyOn(Math, 'random').mockReturnValue(random)
          const delay = createRetryPolicy({ baseDelayMs, maxDelayMs }).retryDelay(count, network)
          expect(delay).toBeGreaterThanOrEqual(0)
          expect(delay).toBeLessThan(Math.min(maxDelayMs, baseDelayMs * 2 ** count))
        },
      ),
      { numRuns: 1000 },
    )
  })

  it('with the real Math.random, delays spread over the range', () => {
    const policy = createRetryPolicy({ baseDelayMs: 1000 })
    const delays = Array.from({ length: 2000 }, () => policy.retryDelay(0, network))
    expect(Math.min(...delays)).toBeGreaterThanOrEqual(0)
    expect(Math.max(...delays)).toBeLessThan(1000)
    // Full jitter, not a fixed delay: 2000 draws land in at least 500 distinct milliseconds.
    expect(new Set(delays).size).toBeGreaterThan(500)
  })
})

describe('a Retry-After above maxRetryAfterMs means no automatic retry', () => {
  it('refuses beyond the default 60 s and accepts up to it', () => {
    const policy = createRetryPolicy()
    expect(policy.retry(0, rateLimited(60_000))).toBe(true)
    expect(policy.retry(0, rateLimited(60_001))).toBe(false)
    expect(policy.retry(0, new Response(null, { status: 503, headers: { 'retry-after': '120' } }))).toBe(false)
  })

  it('honours a custom maxRetryAfterMs', () => {
    const policy = createRetryPolicy({ maxRetryAfterMs: 5_000 })
    expect(policy.retry(0, rateLimited(5_000))).toBe(true)
    expect(policy.retry(0, rateLimited(5_001))).toBe(false)
    expect(createRetryPolicy({ maxRetryAfterMs: 0 }).retry(0, rateLimited(1))).toBe(false)
  })

  it('with an unlimited maxRetryAfterMs, a day-long Retry-After is waited out exactly', () => {
    const policy = createRetryPolicy({ maxRetryAfterMs: Infinity })
    const day = 24 * 60 * 60 * 1000
    expect(policy.retry(0, rateLimited(day))).toBe(true)
    expect(policy.retryDelay(0, rateLimited(day))).toBe(day)
  })
})

describe('maxRetries: TanStack passes failureCount starting at 0', () => {
  /** TanStack's loop: call retry(failureCount) after each failure, stop at the first false. */
  const retriesUntilStop = (options: RetryPolicyOptions, error: unknown) => {
    const policy = createRetryPolicy(options)
    let failureCount = 0
    while (policy.retry(failureCount, error) && failureCount < 1000) failureCount++
    return failureCount
  }

  it.each([0, 1, 3, 10])('maxRetries %i allows exactly that many retries', (maxRetries) => {
    expect(retriesUntilStop({ maxRetries }, new TypeError('Failed to fetch'))).toBe(maxRetries)
    expect(retriesUntilStop({ maxRetries }, rateLimited(0))).toBe(maxRetries)
  })

  it('defaults to 3 retries', () => {
    const policy = createRetryPolicy()
    const error = new Response(null, { status: 500 })
    expect([0, 1, 2, 3, 4].map((n) => policy.retry(n, error))).toEqual([true, true, true, false, false])
  })

  it('never retries for a NaN failure count', () => {
    expect(createRetryPolicy().retry(Number.NaN, rateLimited(0))).toBe(false)
  })
})

describe('the taxonomy decides what is retried', () => {
  // The two retry columns of DESIGN.md, written out here rather than read from the implementation.
  const retried: Record<ApiErrorType, { idempotent: boolean; nonIdempotent: boolean }> = {
    Unauthorized: { idempotent: false, nonIdempotent: false },
    Forbidden: { idempotent: false, nonIdempotent: false },
    PaymentRequired: { idempotent: false, nonIdempotent: false },
    QuotaExceeded: { idempotent: false, nonIdempotent: false },
    LimitExceeded: { idempotent: false, nonIdempotent: false },
    PayloadTooLarge: { idempotent: false, nonIdempotent: false },
    InvalidPayload: { idempotent: false, nonIdempotent: false },
    UnsupportedMediaType: { idempotent: false, nonIdempotent: false },
    MethodNotFound: { idempotent: false, nonIdempotent: false },
    ResourceNotFound: { idempotent: false, nonIdempotent: false },
    InvalidJsonSchema: { idempotent: false, nonIdempotent: false },
    InvalidDataFormat: { idempotent: false, nonIdempotent: false },
    InvalidIdentifier: { idempotent: false, nonIdempotent: false },
    RelationConflict: { idempotent: false, nonIdempotent: false },
    ReferenceConstraint: { idempotent: false, nonIdempotent: false },
    ReferenceNotFound: { idempotent: false, nonIdempotent: false },
    InvalidQuery: { idempotent: false, nonIdempotent: false },
    Runtime: { idempotent: false, nonIdempotent: false },
    AlreadyExists: { idempotent: false, nonIdempotent: false },
    RateLimited: { idempotent: true, nonIdempotent: true },
    BreakingChanges: { idempotent: false, nonIdempotent: false },
    ResourceLockedConflict: { idempotent: true, nonIdempotent: true },
    Unknown: { idempotent: true, nonIdempotent: false },
    Internal: { idempotent: true, nonIdempotent: false },
    Conflict: { idempotent: false, nonIdempotent: false },
    Unavailable: { idempotent: true, nonIdempotent: true }, // default status 503
    Timeout: { idempotent: true, nonIdempotent: true }, // default status 408
    Network: { idempotent: true, nonIdempotent: false },
    Aborted: { idempotent: false, nonIdempotent: false },
  }

  it('covers all 29 types', () => {
    expect(Object.keys(retried).sort()).toEqual([...apiErrorTypes].sort())
    expect(apiErrorTypes).toHaveLength(29)
  })

  it.each(Object.entries(retried))('%s: idempotent %o', (type, expected) => {
    const error = new ApiError({ type: type as ApiErrorType })
    expect(createRetryPolicy().retry(0, error)).toBe(expected.idempotent)
    expect(createRetryPolicy({ idempotent: true }).retry(0, error)).toBe(expected.idempotent)
    expect(createRetryPolicy({ idempotent: false }).retry(0, error)).toBe(expected.nonIdempotent)
  })

  it.each<[ApiErrorType, number, boolean, boolean]>([
    ['Unavailable', 503, true, true],
    ['Unavailable', 502, true, false],
    ['Timeout', 408, true, true],
    ['Timeout', 504, true, false],
    ['Timeout', 0, true, false],
    ['Internal', 500, true, false],
    ['Unknown', 0, true, false],
    ['Network', 0, true, false],
    ['RateLimited', 429, true, true],
    ['ResourceLockedConflict', 423, true, true],
    ['Unauthorized', 401, false, false],
    ['Aborted', 0, false, false],
  ])('%s with status %i: idempotent %s, non-idempotent %s', (type, status, idempotent, nonIdempotent) => {
    const error = new ApiError({ type, status })
    expect(error.status).toBe(status)
    expect(createRetryPolicy().retry(0, error)).toBe(idempotent)
    expect(createRetryPolicy({ idempotent: false }).retry(0, error)).toBe(nonIdempotent)
  })

  it('never retries Unauthorized or Aborted, whatever the options and Retry-After', () => {
    for (const idempotent of [true, false]) {
      const policy = createRetryPolicy({ idempotent, maxRetries: 100, maxRetryAfterMs: Infinity })
      for (const count of [0, 1, 5]) {
        expect(policy.retry(count, new ApiError({ type: 'Unauthorized', retryAfterMs: 0 }))).toBe(false)
        expect(policy.retry(count, new ApiError({ type: 'Aborted', retryAfterMs: 0 }))).toBe(false)
        const expired = { 'retry-after': '0', 'www-authenticate': 'Bearer error="invalid_token"' }
        expect(policy.retry(count, new Response(null, { status: 401, headers: expired }))).toBe(false)
        expect(policy.retry(count, new DOMException('The user aborted a request.', 'AbortError'))).toBe(false)
      }
    }
  })
})

describe('raw failures are classified first', () => {
  const idempotent = createRetryPolicy()
  const nonIdempotent = createRetryPolicy({ idempotent: false })

  it("GitHub's secondary rate limit (403, Retry-After, calls left) waits and is retried, for both kinds", () => {
    const headers = { 'retry-after': '30', 'x-ratelimit-remaining': '4999' }
    const secondary = () =>
      new Response('{"message":"You have exceeded a secondary rate limit."}', { status: 403, headers })
    for (const policy of [idempotent, nonIdempotent]) {
      expect(policy.retry(0, secondary())).toBe(true)
      expect(policy.retryDelay(0, secondary())).toBe(30_000)
    }
  })

  it('a 503 Response is retried for both kinds of request, a 502 only for idempotent ones', () => {
    expect(idempotent.retry(0, new Response(null, { status: 503 }))).toBe(true)
    expect(nonIdempotent.retry(0, new Response(null, { status: 503 }))).toBe(true)
    expect(idempotent.retry(0, new Response('<html>Bad gateway</html>', { status: 502 }))).toBe(true)
    expect(nonIdempotent.retry(0, new Response('<html>Bad gateway</html>', { status: 502 }))).toBe(false)
  })

  it("a TypeError('Failed to fetch') is a network failure: retried only when idempotent", () => {
    expect(idempotent.retry(0, new TypeError('Failed to fetch'))).toBe(true)
    expect(nonIdempotent.retry(0, new TypeError('Failed to fetch'))).toBe(false)
  })

  it('4xx responses and bodies are not retried', () => {
    expect(idempotent.retry(0, new Response(null, { status: 400 }))).toBe(false)
    expect(idempotent.retry(0, new Response(null, { status: 404 }))).toBe(false)
    expect(idempotent.retry(0, { type: 'QuotaExceeded', code: 403, message: 'Quota reached' })).toBe(false)
  })

  it('uses its aliases to classify vendor codes', () => {
    const plain = createRetryPolicy()
    // Words the kit cannot read: only the alias says this vendor means a rate limit.
    const withAlias = createRetryPolicy({ aliases: { hold_your_horses: 'RateLimited' } })
    const body = { status: 400, headers: {}, data: { error: 'hold_your_horses' } }
    expect(plain.retry(0, body)).toBe(false)
    expect(withAlias.retry(0, body)).toBe(true)
  })
})

describe('invalid options throw an Error naming the option', () => {
  it.each<[string, RetryPolicyOptions, RegExp]>([
    ['negative maxRetries', { maxRetries: -1 }, /maxRetries/],
    ['NaN maxRetries', { maxRetries: Number.NaN }, /maxRetries/],
    ['non-integer maxRetries', { maxRetries: 1.5 }, /maxRetries/],
    ['infinite maxRetries', { maxRetries: Infinity }, /maxRetries/],
    ['string maxRetries', { maxRetries: '3' as unknown as number }, /maxRetries/],
    ['negative baseDelayMs', { baseDelayMs: -1 }, /baseDelayMs/],
    ['NaN baseDelayMs', { baseDelayMs: Number.NaN }, /baseDelayMs/],
    ['negative maxDelayMs', { maxDelayMs: -100 }, /maxDelayMs/],
    ['NaN maxDelayMs', { maxDelayMs: Number.NaN }, /maxDelayMs/],
    ['negative maxRetryAfterMs', { maxRetryAfterMs: -1 }, /maxRetryAfterMs/],
    ['NaN maxRetryAfterMs', { maxRetryAfterMs: Number.NaN }, /maxRetryAfterMs/],
    ['an alias to a non-type', { aliases: { slow_down: 'Throttled' as ApiErrorType } }, /alias.*slow_down.*Throttled/],
  ])('%s', (_label, options, message) => {
    expect(() => createRetryPolicy(options)).toThrow(Error)
    expect(() => createRetryPolicy(options)).toThrow(message)
  })

  it('accepts zero everywhere and no options at all', () => {
    expect(() => createRetryPolicy({ maxRetries: 0, baseDelayMs: 0, maxDelayMs: 0, maxRetryAfterMs: 0 })).not.toThrow()
    expect(createRetryPolicy({ baseDelayMs: 0 }).retryDelay(3, new TypeError('Failed to fetch'))).toBe(0)
    expect(() => createRetryPolicy()).not.toThrow()
  })
})

describe('wired into a real @tanstack/react-query QueryClient', () => {
  let queryClient: QueryClient | undefined
  afterEach(() => queryClient?.clear())

  const clientWith = (options: RetryPolicyOptions = {}) => {
    const policy = createRetryPolicy({ baseDelayMs: 1, maxDelayMs: 5, ...options })
    const retry = vi.fn(policy.retry)
    const retryDelay = vi.fn(policy.retryDelay)
    queryClient = new QueryClient({ defaultOptions: { queries: { retry, retryDelay } } })
    return { queryClient, retry, retryDelay }
  }

  it('retries a 429 with Retry-After: 0 and resolves', async () => {
    const { queryClient, retry, retryDelay } = clientWith()
    let calls = 0
    const data = await queryClient.fetchQuery({
      queryKey: ['rate-limited'],
      queryFn: async () => {
        calls += 1
        if (calls === 1) throw await readApiError(new Response(null, { status: 429, headers: { 'Retry-After': '0' } }))
        return 'ok'
      },
    })
    expect(data).toBe('ok')
    expect(calls).toBe(2)
    expect(retry).toHaveBeenCalledTimes(1)
    expect(retry.mock.calls[0]?.[0]).toBe(0) // the first failure has failureCount 0
    expect(retryDelay).toHaveReturnedWith(0)
  })

  it('does not retry a 400', async () => {
    const { queryClient, retry } = clientWith()
    let calls = 0
    const failing = queryClient.fetchQuery({
      queryKey: ['bad-request'],
      queryFn: async () => {
        calls += 1
        throw await readApiError(new Response(JSON.stringify({ error: 'bad_request' }), { status: 400 }))
      },
    })
    await expect(failing).rejects.toMatchObject({ name: 'ApiError', type: 'InvalidPayload', status: 400 })
    expect(calls).toBe(1)
    expect(retry).toHaveBeenCalledTimes(1)
  })

  it('stops after maxRetries for a persistent 503 and rejects with the last error', async () => {
    const { queryClient } = clientWith({ maxRetries: 2 })
    let calls = 0
    const failing = queryClient.fetchQuery({
      queryKey: ['unavailable'],
      queryFn: () => {
        calls += 1
        throw new Response(null, { status: 503 })
      },
    })
    await expect(failing).rejects.toBeInstanceOf(Response)
    expect(calls).toBe(3)
  })
})
