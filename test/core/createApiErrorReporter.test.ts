import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApiError, createApiErrorReporter } from '../../src/core/index.js'
import type { ApiErrorReport } from '../../src/core/index.js'

const failure = (url: string, status = 500, method = 'GET') =>
  new ApiError({ type: status >= 500 ? 'Internal' : 'ResourceNotFound', status, request: { method, url } })

function collect(options: Omit<Parameters<typeof createApiErrorReporter>[0], 'send'> = {}) {
  const sent: ApiErrorReport[] = []
  const report = createApiErrorReporter({ ...options, send: (item) => sent.push(item) })
  return { sent, report }
}

afterEach(() => vi.useRealTimers())

describe('createApiErrorReporter', () => {
  it('groups by type, method, route template and status; tags are strings', () => {
    const { sent, report } = collect()
    report(
      new ApiError({
        type: 'Internal',
        status: 502,
        id: 'req_42',
        request: { method: 'post', url: 'https://api.example.com/v1/users/42/posts?draft=1#top' },
      }),
    )
    expect(sent).toHaveLength(1)
    expect(sent[0]?.fingerprint).toEqual(['Internal', 'POST', '/v1/users/:id/posts', '502'])
    expect(sent[0]?.tags).toEqual({
      type: 'Internal',
      status: '502',
      method: 'POST',
      route: '/v1/users/:id/posts',
      requestId: 'req_42',
    })
    expect(sent[0]?.error).toBeInstanceOf(ApiError)
  })

  it.each([
    ['/orders/12345', '/orders/:id'],
    ['/orders/0f8fad5b-d9cb-469f-a165-70867728950e/items', '/orders/:id/items'],
    ['/blobs/deadbeefdeadbeef', '/blobs/:id'],
    ['/users/Xk9fQ2mZ7pLw3RtY', '/users/:id'],
    // Words stay: short, or long without a digit.
    ['/v2/organizations/settings', '/v2/organizations/settings'],
    ['/internationalization', '/internationalization'],
    ['/users/abc123', '/users/abc123'],
    ['http://127.0.0.1:8080', '/'],
    ['relative/7?x=1', 'relative/:id'],
    // Scheme-relative: the host is an origin too.
    ['//api.example.com/users/42', '/users/:id'],
    // Matrix parameters stay behind (they may hold a session the redaction does not know).
    ['https://shop.example.com/cart;sid=7d1e9/items/9;rev=2', '/cart/items/:id'],
  ])('%s → %s', (url, route) => {
    const { sent, report } = collect()
    report(failure(url))
    expect(sent[0]?.tags.route).toBe(route)
  })

  it('says when the request is unknown', () => {
    const { sent, report } = collect()
    report(new ApiError({ type: 'Internal', status: 500 }))
    expect(sent[0]?.fingerprint).toEqual(['Internal', 'UNKNOWN', 'unknown', '500'])
    expect(sent[0]?.tags).not.toHaveProperty('requestId')
  })

  it('reports server failures and Unknown by default, never 4xx, Network or Aborted', () => {
    const { sent, report } = collect()
    report(failure('/a', 404))
    report(new ApiError({ type: 'Network', request: { method: 'GET', url: '/a' } }))
    report(new ApiError({ type: 'Aborted', request: { method: 'GET', url: '/a' } }))
    report(new ApiError({ type: 'Timeout', status: 0, request: { method: 'GET', url: '/a' } }))
    expect(sent).toEqual([])
    report(new ApiError({ type: 'Unknown', status: 418, request: { method: 'GET', url: '/teapot' } }))
    report(new ApiError({ type: 'Timeout', status: 504, request: { method: 'GET', url: '/slow' } }))
    report(new Response(null, { status: 503 }))
    expect(sent.map(({ fingerprint }) => fingerprint[0])).toEqual(['Unknown', 'Timeout', 'Unavailable'])
  })

  it('lets shouldReport replace the rule, with the context report was given', () => {
    const shouldReport = vi.fn(
      (error: ApiError, context: { type: string } | undefined) => error.status === 404 && context?.type === 'query',
    )
    const sent: ApiErrorReport[] = []
    const report = createApiErrorReporter({ send: (item) => sent.push(item), shouldReport })
    report(failure('/a', 404), { type: 'mutation' })
    report(failure('/a', 500), { type: 'query' })
    report(failure('/a', 404), { type: 'query' })
    expect(sent.map(({ tags }) => tags.status)).toEqual(['404'])
    expect(shouldReport).toHaveBeenLastCalledWith(expect.any(ApiError), { type: 'query' })
  })

  it('sends one fingerprint at most once per dedupeMs', () => {
    vi.useFakeTimers({ toFake: ['Date'], now: 1_000_000 })
    const { sent, report } = collect({ dedupeMs: 10_000 })
    report(failure('/users/1'))
    report(failure('/users/2'))
    report(failure('/users/3', 500, 'DELETE'))
    expect(sent).toHaveLength(2)
    vi.setSystemTime(1_009_999)
    report(failure('/users/4'))
    expect(sent).toHaveLength(2)
    vi.setSystemTime(1_010_000)
    report(failure('/users/5'))
    expect(sent).toHaveLength(3)
  })

  it('defaults to one minute, and dedupeMs: 0 sends every failure', () => {
    vi.useFakeTimers({ toFake: ['Date'], now: 0 })
    const { sent, report } = collect()
    report(failure('/a'))
    vi.setSystemTime(59_999)
    report(failure('/a'))
    vi.setSystemTime(60_000)
    report(failure('/a'))
    expect(sent).toHaveLength(2)
    const every = collect({ dedupeMs: 0 })
    every.report(failure('/a'))
    every.report(failure('/a'))
    expect(every.sent).toHaveLength(2)
  })

  it('remembers a bounded number of fingerprints: the oldest is forgotten first', () => {
    vi.useFakeTimers({ toFake: ['Date'], now: 0 })
    const { sent, report } = collect()
    report(failure('/first'))
    report(failure('/first'))
    expect(sent).toHaveLength(1)
    // A thousand other fingerprints (letters only, so no segment reads as an id) push it out.
    const word = (n: number) => [...String(n)].map((digit) => 'abcdefghij'[Number(digit)]).join('')
    for (let n = 0; n < 1000; n += 1) report(failure(`/items/${word(n)}`))
    expect(sent).toHaveLength(1001)
    // The first fingerprint was forgotten among those that followed: it is sent again.
    report(failure('/first'))
    expect(sent).toHaveLength(1002)
  })

  it('sends an error rebuilt from toJSON(): nothing else the original held', () => {
    class LeakyError extends ApiError {
      config = { headers: { authorization: 'Bearer leak' } }
    }
    const { sent, report } = collect()
    const original = new LeakyError({
      type: 'Internal',
      status: 500,
      message: 'boom',
      request: { method: 'GET', url: '/a?token=abc' },
    })
    report(original)
    const error = sent[0]?.error
    expect(error).not.toBe(original)
    expect(error).not.toHaveProperty('config')
    expect(error?.toJSON()).toEqual(original.toJSON())
  })

  it.each<[unknown, RegExp]>([
    [{}, /send must be a function/],
    [{ send: 'sentry' }, /send must be a function \(got string\)/],
    [{ send: () => undefined, shouldReport: true }, /shouldReport must be a function/],
    [{ send: () => undefined, dedupeMs: -1 }, /dedupeMs must be a number of milliseconds from 0 \(got -1\)/],
  ])('explains misuse: %o', (options, message) => {
    expect(() => createApiErrorReporter(options as never)).toThrow(message)
  })
})
