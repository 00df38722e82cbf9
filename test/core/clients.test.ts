import { createServer } from 'node:http'
import { Client } from '@botpress/client'
import axios from 'axios'
import ky from 'ky'
import { ofetch } from 'ofetch'
import createClient from 'openapi-fetch'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isApiError, parseApiError, readApiError } from '../../src/core/index.js'
import type { ApiError, ApiErrorType, FieldError } from '../../src/core/index.js'
import { close, listen, rejectionOf } from './support/server.js'

// Real clients against a real server: each client's own failure object must classify the same way.

interface Route {
  status: number
  headers?: Record<string, string>
  body?: string
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}): Route => ({
  status,
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
})

const STACK_TRACE = [
  'Error: upstream rejected Authorization: Bearer sk_live_CANARY_0123456789',
  '    at callUpstream (/srv/app/src/upstream.js:42:13)',
  '    at async handler (/srv/app/src/routes/items.js:17:5)',
].join('\n')

const ROUTES: Record<string, Route> = {
  'rate-limited': json(
    429,
    { id: 'err_abc', code: 429, type: 'RateLimited', message: 'slow down' },
    { 'retry-after': '7' },
  ),
  quota: json(403, { id: 'err_quota', code: 403, type: 'QuotaExceeded', message: 'Monthly message quota reached' }),
  limit: json(413, { id: 'err_limit', code: 413, type: 'LimitExceeded', message: 'A bot can have at most 100 tables' }),
  invalid: {
    status: 422,
    headers: { 'content-type': 'application/problem+json' },
    body: JSON.stringify({
      type: 'https://example.com/probs/validation',
      title: 'Your request is not valid',
      status: 422,
      instance: '/requests/8c1d',
      errors: [{ pointer: '/email', detail: 'must be a valid email address' }],
    }),
  },
  'proxy-404': {
    status: 404,
    headers: { 'content-type': 'text/html' },
    body: '<!doctype html><html><body><h1>404 Not Found</h1><hr>nginx</body></html>',
  },
  crash: { status: 500, headers: { 'content-type': 'text/plain' }, body: STACK_TRACE },
  'bad-token': json(401, { error: 'invalid_token' }, { 'www-authenticate': 'Bearer error="invalid_token"' }),
  maintenance: { status: 503, headers: { 'ratelimit-reset': '5' } },
  'request-id': { status: 502, headers: { 'x-request-id': 'req_7f3a' } },
  secret: json(400, { error: 'bad_request', message: 'page out of range' }),
}

interface Expected {
  type: ApiErrorType
  status: number
  retryAfterMs?: number
  id?: string
  code?: string
  message?: string
  fieldErrors?: FieldError[]
}

const EXPECTED: Record<string, Expected> = {
  'rate-limited': {
    type: 'RateLimited',
    status: 429,
    retryAfterMs: 7000,
    id: 'err_abc',
    code: 'RateLimited',
    message: 'slow down',
  },
  quota: { type: 'QuotaExceeded', status: 403, id: 'err_quota', code: 'QuotaExceeded' },
  limit: { type: 'LimitExceeded', status: 413, id: 'err_limit', code: 'LimitExceeded' },
  invalid: {
    type: 'InvalidDataFormat',
    status: 422,
    id: '/requests/8c1d',
    fieldErrors: [{ path: 'email', message: 'must be a valid email address' }],
  },
  'proxy-404': { type: 'ResourceNotFound', status: 404 },
  crash: { type: 'Internal', status: 500 },
  'bad-token': { type: 'Unauthorized', status: 401, code: 'invalid_token' },
  maintenance: { type: 'Unavailable', status: 503, retryAfterMs: 5000 },
  'request-id': { type: 'Unavailable', status: 502, id: 'req_7f3a' },
}

const server = createServer((req, res) => {
  // Any path segment naming a route selects it, so fixed client paths (Botpress) can reach them too.
  const segments = new URL(req.url ?? '/', 'http://localhost').pathname.split('/')
  const route = ROUTES[segments.find((segment) => segment in ROUTES) ?? '']
  if (!route) return void res.writeHead(200, { 'content-type': 'application/json' }).end('{}')
  res.writeHead(route.status, route.headers).end(route.body ?? '')
})
let base = ''

beforeAll(async () => {
  base = await listen(server)
})
afterAll(() => close(server))

/** openapi-fetch without a generated schema: any path, GET only. */
type Paths = Record<string, { get: { parameters: { query?: Record<string, string> } } }>

const SECRET_QUERY = '?access_token=CANARY&api_key=CANARY2&page=2'
const AUTH_HEADER = { Authorization: 'Bearer CANARY_HEADER_0123456789' }

/** How each client is called and how its failure becomes an `ApiError`; `method` is what it reports. */
const clients: { name: string; method: string | undefined; fail(path: string, query?: string): Promise<ApiError> }[] = [
  {
    name: 'fetch + readApiError(response)',
    method: 'GET',
    async fail(path, query = '') {
      const url = `${base}${path}${query}`
      const response = await fetch(url, { headers: AUTH_HEADER })
      expect(response.ok).toBe(false)
      return readApiError(response, { method: 'GET', url })
    },
  },
  {
    name: 'axios (AxiosError) + parseApiError',
    method: 'GET',
    fail: async (path, query = '') =>
      parseApiError(await rejectionOf(axios.get(`${base}${path}${query}`, { headers: AUTH_HEADER }))),
  },
  {
    name: 'ky (HTTPError) + readApiError',
    method: 'GET',
    fail: async (path, query = '') =>
      readApiError(await rejectionOf(ky.get(`${base}${path}${query}`, { retry: 0, headers: AUTH_HEADER }))),
  },
  {
    name: 'ofetch (FetchError) + parseApiError',
    method: 'GET',
    fail: async (path, query = '') =>
      parseApiError(
        await rejectionOf(ofetch(`${base}${path}${query}`, { method: 'GET', retry: 0, headers: AUTH_HEADER })),
      ),
  },
  {
    name: 'openapi-fetch ({ error, response }) + parseApiError',
    method: undefined, // the result holds the response only, which does not know its method
    async fail(path, query = '') {
      const api = createClient<Paths>({ baseUrl: base, headers: AUTH_HEADER })
      const params = Object.fromEntries(new URLSearchParams(query))
      const result = await api.GET(path, { params: { query: params } })
      expect(result.error).not.toBeUndefined()
      return parseApiError(result)
    },
  },
]

describe.each(clients)('$name', ({ method, fail }) => {
  it.each(Object.entries(EXPECTED))('classifies the %s route', async (route, expected) => {
    const error = await fail(`/api/${route}`)
    expect(isApiError(error)).toBe(true)
    expect(error).toMatchObject({ type: expected.type, status: expected.status })
    expect(error.retryAfterMs).toBe(expected.retryAfterMs)
    if (expected.id !== undefined) expect(error.id).toBe(expected.id)
    if (expected.code !== undefined) expect(error.code).toBe(expected.code)
    if (expected.message !== undefined) expect(error.message).toBe(expected.message)
    expect(error.fieldErrors).toEqual(expected.fieldErrors ?? [])
    expect(error.request?.method).toBe(method)
    expect(error.request?.url).toBe(`${base}/api/${route}`)
    // Neither the proxy's HTML nor the token quoted in the stack trace reaches the error.
    expect(JSON.stringify(error)).not.toMatch(/<html|<h1|CANARY/i)
  })

  it('redacts credentials in the query string everywhere', async () => {
    const error = await fail('/api/secret', SECRET_QUERY)
    expect(error).toMatchObject({
      type: 'InvalidPayload',
      status: 400,
      code: 'bad_request',
      message: 'page out of range',
    })
    expect(error.request?.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/secret\?/)
    expect(error.request?.url).toContain('page=2')
    expect(error.request?.url).toContain('access_token=[REDACTED]')
    expect(error.request?.url).toContain('api_key=[REDACTED]')
    for (const text of [
      JSON.stringify(error),
      String(error),
      error.stack ?? '',
      JSON.stringify(error.cause) ?? '',
      error.message,
    ]) {
      expect(text).not.toContain('CANARY')
    }
  })
})

describe('@botpress/client errors + parseApiError', () => {
  const botpress = (route: string) => new Client({ apiUrl: `${base}/${route}`, token: 'CANARY_BOT_TOKEN', botId: 'b' })

  it('keeps RateLimited, its id and message (listConversations)', async () => {
    const error = parseApiError(await rejectionOf(botpress('rate-limited').listConversations({})))
    expect(error).toMatchObject({
      type: 'RateLimited',
      status: 429,
      id: 'err_abc',
      code: 'RateLimited',
      message: 'slow down',
      action: 'retry',
    })
  })

  it('makes a 403 QuotaExceeded an upgrade, not Forbidden (getBot)', async () => {
    const error = parseApiError(await rejectionOf(botpress('quota').getBot({ id: 'b' })))
    expect(error).toMatchObject({ type: 'QuotaExceeded', status: 403, id: 'err_quota', action: 'upgrade' })
  })

  it('makes a 413 LimitExceeded a hard limit, not PayloadTooLarge', async () => {
    const error = parseApiError(await rejectionOf(botpress('limit').getBot({ id: 'b' })))
    expect(error).toMatchObject({ type: 'LimitExceeded', status: 413, id: 'err_limit', action: 'fixInput' })
  })

  it('classifies a bodiless 502 the client wrapped in UnknownError by its real response', async () => {
    const thrown = await rejectionOf(botpress('request-id').getBot({ id: 'b' }))
    expect(thrown).toMatchObject({ isApiError: true, type: 'Unknown' }) // what the client itself says
    const error = parseApiError(thrown)
    expect(error).toMatchObject({ type: 'Unavailable', status: 502, id: 'req_7f3a', retryable: true })
    expect(error.request).toEqual({ method: 'GET', url: `${base}/request-id/v1/admin/bots/b` })
    expect(JSON.stringify(error)).not.toContain('CANARY_BOT_TOKEN')
  })
})
