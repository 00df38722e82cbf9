import { describe, expect, it } from 'vitest'
import { ApiError, createApiFetch, createRetryPolicy, parseApiError } from '../../src/core/index.js'
import { json, rejection, serveForFile } from './support/server.js'

// A wait longer than a week is no countdown anyone can use: a delay sent in the wrong unit, a reset
// time in milliseconds read as seconds. It is not believed ("try again later"), and it never holds
// an origin's requests for the rest of the page's life.
const WEEK = 7 * 24 * 60 * 60 * 1000
const server = serveForFile()

describe('a wait longer than a week is not believed', () => {
  it.each([
    ['Retry-After: 99999999999', { 'retry-after': '99999999999' }],
    ['Retry-After of a week and a second', { 'retry-after': String(WEEK / 1000 + 1) }],
    ['X-RateLimit-Reset sent in milliseconds', { 'x-ratelimit-reset': String(Date.now() + 30_000) }],
    ['an HTTP-date years ahead', { 'retry-after': 'Fri, 01 Jan 2100 00:00:00 GMT' }],
  ])('%s', (_name, headers) => {
    const error = parseApiError(new Response(null, { status: 429, headers }))
    expect(error).toMatchObject({ type: 'RateLimited', status: 429 })
    expect(error.retryAfterMs).toBeUndefined()
    expect(JSON.parse(JSON.stringify(error))).not.toHaveProperty('retryAfterMs')
  })

  it('a week exactly is still a wait, and so are the days Figma documents', () => {
    expect(parseApiError(new Response(null, { status: 429, headers: { 'retry-after': '604800' } })).retryAfterMs).toBe(
      WEEK,
    )
    expect(parseApiError(new Response(null, { status: 429, headers: { 'retry-after': '396749' } })).retryAfterMs).toBe(
      396_749_000,
    )
    expect(new ApiError({ type: 'RateLimited', retryAfterMs: 90_000 }).retryAfterMs).toBe(90_000)
  })

  it('nor when built or revived with one', () => {
    expect(new ApiError({ type: 'RateLimited', retryAfterMs: 1794878289954 }).retryAfterMs).toBeUndefined()
    const json = { name: 'ApiError', type: 'RateLimited', status: 429, message: 'x', retryAfterMs: WEEK + 1 }
    expect(parseApiError(json).retryAfterMs).toBeUndefined()
  })

  it('the retry policy never schedules one', () => {
    const policy = createRetryPolicy()
    const error = parseApiError(new Response(null, { status: 429, headers: { 'retry-after': '99999999999' } }))
    expect(policy.retryDelay(0, error)).toBeLessThanOrEqual(30_000)
  })
})

describe('createApiFetch: an absurd wait does not close the origin', () => {
  it("a 429 asking for 3 000 years does not hold the next request to the API's origin", async () => {
    server.routes['/limited'] = (_req, res) =>
      json(res, 429, { message: 'slow down' }, { 'retry-after': '99999999999' })
    server.routes['/save'] = (_req, res) => json(res, 200, { saved: true })
    const apiFetch = createApiFetch({ baseUrl: server.base })
    const error = await rejection(apiFetch('/limited'))
    expect(error).toMatchObject({ type: 'RateLimited', status: 429 })
    expect(error.retryAfterMs).toBeUndefined()
    const saved = await apiFetch('/save', { method: 'POST', body: '{}' })
    expect(await saved.json()).toEqual({ saved: true })
  })

  it('a believable wait still closes it, for that long', async () => {
    server.routes['/limited'] = (_req, res) => json(res, 429, { message: 'slow down' }, { 'retry-after': '3600' })
    const apiFetch = createApiFetch({ baseUrl: server.base })
    await rejection(apiFetch('/limited'))
    const held = await rejection(apiFetch('/save', { method: 'POST', body: '{}' }))
    expect(held).toMatchObject({ type: 'RateLimited', status: 0 })
    expect(held.retryAfterMs).toBeGreaterThan(3_590_000)
    expect(held.retryAfterMs).toBeLessThanOrEqual(3_600_000)
  })
})
