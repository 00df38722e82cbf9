import { describe, expect, it } from 'vitest'
import { parseApiError, readApiError } from '../../src/core/index.js'

const problem = (body: object, status = 400) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/problem+json' } })

describe('RFC 9457 problem details', () => {
  it('reads type, title, detail, instance and errors[] pointers as field errors', async () => {
    const error = await readApiError(
      problem(
        {
          type: 'https://api.example.com/problems/validation-failed',
          title: 'Your request is not valid.',
          status: 422,
          detail: 'Two fields are wrong.',
          instance: '/requests/abc-123',
          errors: [
            { pointer: '#/email', detail: 'must be an email' },
            { pointer: '/address/0/street~1line', detail: 'is required' },
          ],
        },
        422,
      ),
    )
    expect(error).toMatchObject({
      type: 'InvalidDataFormat',
      status: 422,
      code: 'validation-failed',
      id: '/requests/abc-123',
      message: 'Two fields are wrong.',
    })
    expect(error.fieldErrors).toEqual([
      { path: 'email', message: 'must be an email' },
      { path: 'address.0.street/line', message: 'is required' },
    ])
  })

  it('reads invalid-params[] (name/reason) as field errors', () => {
    const error = parseApiError({
      type: 'https://example.net/validation-error',
      title: "Your request parameters didn't validate.",
      'invalid-params': [
        { name: 'age', reason: 'must be a positive integer' },
        { name: 'color', reason: "must be 'green', 'red' or 'blue'" },
      ],
    })
    expect(error.type).toBe('InvalidDataFormat')
    expect(error.fieldErrors).toEqual([
      { path: 'age', message: 'must be a positive integer' },
      { path: 'color', message: "must be 'green', 'red' or 'blue'" },
    ])
  })

  it('ignores about:blank and falls back to the title, then the status', () => {
    expect(
      parseApiError({ status: 429, headers: {}, data: { type: 'about:blank', title: 'Too Many Requests' } }).type,
    ).toBe('RateLimited')
    expect(parseApiError({ status: 402, headers: {}, data: { type: 'about:blank', title: 'Whatever' } }).type).toBe(
      'PaymentRequired',
    )
  })

  it('takes the status written in the body when there is no response', () => {
    expect(parseApiError({ type: 'about:blank', title: 'Nope', status: 404 })).toMatchObject({
      type: 'ResourceNotFound',
      status: 404,
    })
  })
})

describe('generic bodies and vendor codes', () => {
  it.each([
    [{ error: 'rate_limited', message: 'Slow down' }, 'RateLimited', 'Slow down'],
    [{ error: { code: 'RATE-LIMITED', message: 'Slow down' } }, 'RateLimited', 'Slow down'],
    [{ code: 'RateLimited', message: 'Slow down' }, 'RateLimited', 'Slow down'],
    [{ error: { code: 429, status: 'RESOURCE_EXHAUSTED', message: 'Quota' } }, 'RateLimited', 'Quota'],
    [
      { error: 'invalid_token', error_description: 'The access token expired' },
      'Unauthorized',
      'The access token expired',
    ],
    [{ errors: [{ message: 'Not signed in', code: 'UNAUTHENTICATED' }] }, 'Unauthorized', 'Not signed in'],
    [{ error: 'not_found' }, 'ResourceNotFound', 'not_found'],
    [{ code: 'validation_failed', errors: { email: ['is taken', 'is too long'] } }, 'InvalidDataFormat', undefined],
  ])('%j → %s', (body, type, message) => {
    const error = parseApiError(body)
    expect(error.type).toBe(type)
    if (message) expect(error.message).toBe(message)
  })

  it('keeps the vendor code as given', () => {
    expect(parseApiError({ error: { code: 'RATE-LIMITED' } }).code).toBe('RATE-LIMITED')
  })

  it('reads Rails-style error maps as field errors', () => {
    expect(parseApiError({ errors: { email: ['is taken', 'is too long'], name: 'is blank' } }).fieldErrors).toEqual([
      { path: 'email', message: 'is taken' },
      { path: 'email', message: 'is too long' },
      { path: 'name', message: 'is blank' },
    ])
  })

  it('lets apps extend the alias table, matching any spelling', () => {
    const aliases = { 'too-much-fun': 'RateLimited', SEAT_LIMIT: 'QuotaExceeded' } as const
    expect(parseApiError({ status: 400, headers: {}, data: { error: 'TOO_MUCH_FUN' } }, { aliases }).type).toBe(
      'RateLimited',
    )
    expect(parseApiError({ code: 'seatLimit' }, { aliases }).type).toBe('QuotaExceeded')
    // Without the extension the status decides.
    expect(parseApiError({ status: 400, headers: {}, data: { error: 'TOO_MUCH_FUN' } }).type).toBe('InvalidPayload')
  })

  it('skips an alias that maps to no type instead of throwing', () => {
    const aliases = { nope: 'NotAType' } as never
    expect(parseApiError({ status: 409, headers: {}, data: { error: 'nope' } }, { aliases }).type).toBe('Conflict')
  })

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'])(
    'a hostile vendor type %s falls back to the status',
    (type) => {
      const body = JSON.parse(
        `{"type":${JSON.stringify(type)},"code":${JSON.stringify(type)},"error":${JSON.stringify(type)}}`,
      )
      const error = parseApiError({ status: 409, headers: {}, data: body })
      expect(error.type).toBe('Conflict')
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    },
  )
})

describe('bodies that say nothing', () => {
  it.each([
    [
      'an HTML page from a proxy',
      '<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>',
      502,
      'Unavailable',
    ],
    ['an HTML page without a doctype', '  <html><title>Rate limited</title></html>', 429, 'RateLimited'],
    ['an empty body', '', 404, 'ResourceNotFound'],
    ['truncated JSON', '{"type":"QuotaExceeded","mess', 403, 'Forbidden'],
    ['invalid JSON', '{type: QuotaExceeded}', 403, 'Forbidden'],
    ['a JSON string', '"QuotaExceeded"', 403, 'Forbidden'],
    ['a JSON array', '[1,2,3]', 400, 'InvalidPayload'],
    ['JSON null', 'null', 500, 'Internal'],
  ])('%s is classified by its status', async (_name, text, status, type) => {
    const error = await readApiError(new Response(text, { status, headers: { 'content-type': 'application/json' } }))
    expect(error.type).toBe(type)
    expect(error.status).toBe(status)
    expect(error.message).not.toContain('<')
  })

  it('keeps short plain text as the developer message', async () => {
    expect((await readApiError(new Response('Bucket is locked', { status: 423 }))).message).toBe('Bucket is locked')
  })

  it.each([undefined, null, 42, true, Symbol('x'), () => 1, [], 'oops'])('%s is Unknown', (input) => {
    const error = parseApiError(input)
    expect(error.type).toBe('Unknown')
    expect(error.status).toBe(0)
  })
})

describe('prototype pollution fixtures', () => {
  it.each([
    ['__proto__', '{"__proto__":{"polluted":1},"type":"__proto__","errors":{"__proto__":["x"]}}'],
    [
      'unicode-escaped __proto__',
      '{"\\u005f_proto__":{"polluted":1},"type":"\\u005f_proto__","code":"\\u005f_proto__"}',
    ],
    [
      'constructor.prototype',
      '{"constructor":{"prototype":{"polluted":1}},"type":"constructor","error":{"code":"constructor"}}',
    ],
  ])('%s in a body neither pollutes nor picks a type', async (_name, text) => {
    const error = await readApiError(
      new Response(text, { status: 409, headers: { 'content-type': 'application/json' } }),
      undefined,
      { aliases: JSON.parse(text) },
    )
    expect(error.type).toBe('Conflict')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.prototype).not.toHaveProperty('polluted')
    expect(Object.getPrototypeOf(error.fieldErrors)).toBe(Array.prototype)
  })
})
