import { describe, expect, it } from 'vitest'
import { ApiError, createApiFetch, parseApiError } from '../../src/core/index.js'
import type { ApiErrorJSON } from '../../src/core/index.js'
import { json, rejection, serveForFile } from './support/server.js'

const server = serveForFile()

/** The fields an ApiError must keep across the server/client boundary. */
const kept = (error: ApiError) => ({
  name: error.name,
  type: error.type,
  status: error.status,
  message: error.message,
  code: error.code,
  id: error.id,
  retryAfterMs: error.retryAfterMs,
  fieldErrors: error.fieldErrors,
  request: error.request,
  action: error.action,
  retryable: error.retryable,
  cause: error.cause,
})

const trips: Record<string, (data: ApiErrorJSON) => unknown> = {
  'as is': (data) => data,
  'JSON.stringify/JSON.parse': (data) => JSON.parse(JSON.stringify(data)),
  structuredClone: (data) => structuredClone(data),
}

describe('parseApiError(error.toJSON())', () => {
  it.each(Object.entries(trips))('gives back an equal ApiError from a real 429 and 422 (%s)', async (_name, trip) => {
    server.routes['/limited'] = (_req, res) =>
      json(res, 429, { type: 'RateLimited', message: 'Slow down', id: 'req_9' }, { 'retry-after': '7' })
    server.routes['/invalid'] = (_req, res) =>
      json(
        res,
        422,
        {
          type: 'https://example.test/validation',
          title: 'Invalid',
          errors: [{ pointer: '#/email', detail: 'is taken' }],
        },
        { 'content-type': 'application/problem+json' },
      )
    for (const path of ['/limited', '/invalid']) {
      // One client per request: the 429's rate-limit gate would hold the next one.
      const original = await rejection(createApiFetch({ baseUrl: server.base })(path, { method: 'POST' }))
      const revived = parseApiError(trip(original.toJSON()))
      expect(revived).toBeInstanceOf(ApiError)
      expect(kept(revived)).toEqual(kept(original))
    }
  })

  it('keeps a Network error without a status as Network, status 0', () => {
    const original = parseApiError(new TypeError('fetch failed'), {
      request: { method: 'GET', url: 'https://api.test/items' },
    })
    expect(original.type).toBe('Network')
    expect(kept(parseApiError(JSON.parse(JSON.stringify(original))))).toEqual(kept(original))
  })

  it('trusts a look-alike no more than a body: unknown types, bad fields and secrets are dropped', () => {
    // An unknown type is no serialized ApiError: it is read like any other body.
    const lookAlike = parseApiError({ name: 'ApiError', type: 'Teapot', status: 418, message: 'short and stout' })
    const body = parseApiError({ type: 'Teapot', status: 418, message: 'short and stout' })
    expect([lookAlike.type, lookAlike.status, lookAlike.message]).toEqual([body.type, body.status, body.message])
    const forged = parseApiError({
      name: 'ApiError',
      type: 'Forbidden',
      status: 9999,
      message: 'x'.repeat(5000),
      retryAfterMs: Infinity,
      fieldErrors: [
        { path: 'a', message: 'ok' },
        { path: 1, message: 'no' },
        'junk',
        ...Array.from({ length: 200 }, (_, i) => ({ path: `f${i}`, message: 'm' })),
      ],
      request: { method: 'get', url: 'https://api.test/x?access_token=tok_CANARY_123' },
      cause: { name: 'Error', message: 'boom', config: { headers: { authorization: 'Bearer tok_CANARY_123' } } },
      extra: 'ignored',
    })
    expect(forged.type).toBe('Forbidden')
    expect(forged.status).toBe(403)
    expect(forged.message.length).toBeLessThanOrEqual(1000)
    expect(forged.retryAfterMs).toBeUndefined()
    expect(forged.fieldErrors).toHaveLength(100)
    expect(forged.fieldErrors[0]).toEqual({ path: 'a', message: 'ok' })
    expect(JSON.stringify(forged)).not.toContain('tok_CANARY_123')
    expect(forged).not.toHaveProperty('extra')
  })
})
