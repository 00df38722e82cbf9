import { inspect } from 'node:util'
import axios from 'axios'
import ky from 'ky'
import { ofetch } from 'ofetch'
import { describe, expect, it } from 'vitest'
import { createApiFetch, parseApiError, readApiError } from '../../src/core/index.js'
import type { ApiError } from '../../src/core/index.js'
import { json, rejection, rejectionOf, serveForFile } from './support/server.js'

// Credentials the CLIENT sent (not only getAccessToken's) must not survive a server that echoes them.

const TOKEN = 'op4que-CANARY-A-7f3a9c2e'
const API_KEY = 'k3y-CANARY-B-11aa22bb'
const SESSION = 'sess-CANARY-C-33cc44dd'
const PROXY = 'cHJveHktQ0FOQVJZLUQ'
const HEADERS = {
  Authorization: `Bearer ${TOKEN}`,
  'X-API-Key': API_KEY,
  Cookie: `theme=contrast; session=${SESSION}`,
  'Proxy-Authorization': `Basic ${PROXY}`,
}

const server = serveForFile()
/** Echoes every credential it got, the way careless servers quote what they refused. */
server.routes['/echo'] = (req, res) => {
  const credential = (value: string | undefined) => value?.slice(value.indexOf(' ') + 1) ?? ''
  const token = credential(req.headers.authorization)
  const session = /session=([^;]+)/.exec(req.headers.cookie ?? '')?.[1] ?? ''
  json(
    res,
    401,
    {
      error: 'invalid_token',
      message: `The access token '${token}' has expired (key '${String(req.headers['x-api-key'])}', session '${session}', proxy '${credential(req.headers['proxy-authorization'])}')`,
      errors: [{ field: `auth.${token}`, message: `${token} was revoked` }],
    },
    { 'x-request-id': `req-${token}` },
  )
}

/** Every way an error's text can reach a log, a reporter or another realm. */
function surfaces(error: ApiError): string[] {
  const clone = structuredClone(error)
  const own = Object.getOwnPropertyNames(error).map((key) =>
    inspect((error as unknown as Record<string, unknown>)[key], { depth: 10 }),
  )
  return [
    JSON.stringify(error),
    String(error),
    error.stack ?? '',
    inspect(error, { showHidden: true, depth: 10 }),
    ...own,
    inspect(clone, { showHidden: true, depth: 10 }),
    JSON.stringify(clone),
  ]
}

const CANARIES = [TOKEN, API_KEY, SESSION, PROXY]

const clients: [string, () => Promise<ApiError>][] = [
  [
    'axios config headers + parseApiError',
    async () => parseApiError(await rejectionOf(axios.get(`${server.base}/echo`, { headers: HEADERS }))),
  ],
  [
    'ky options headers + readApiError',
    async () => readApiError(await rejectionOf(ky.get(`${server.base}/echo`, { retry: 0, headers: HEADERS }))),
  ],
  [
    'ofetch options headers + parseApiError',
    async () => parseApiError(await rejectionOf(ofetch(`${server.base}/echo`, { retry: 0, headers: HEADERS }))),
  ],
  [
    'a Request given to createApiFetch',
    () => rejection(createApiFetch()(new Request(`${server.base}/echo`, { headers: HEADERS }))),
  ],
  [
    'init headers given to createApiFetch',
    () => rejection(createApiFetch()(`${server.base}/echo`, { headers: HEADERS })),
  ],
]

describe.each(clients)('%s', (_name, fail) => {
  it('keeps none of the credentials the server echoed, and still classifies the error', async () => {
    const error = await fail()
    expect(error).toMatchObject({ type: 'Unauthorized', status: 401, code: 'invalid_token' })
    expect(error.message).toContain('The access token')
    expect(error.message).toContain('[REDACTED]')
    for (const text of surfaces(error)) for (const canary of CANARIES) expect(text).not.toContain(canary)
  })
})

describe('a token that crosses the 1 000-character cut', () => {
  const long = `opaque_${'Zq7'.repeat(40)}`
  server.routes['/long'] = (req, res) =>
    json(res, 400, { message: `${'x'.repeat(960)} token '${req.headers.authorization?.slice(7) ?? ''}' refused` })

  it('leaves no fragment of getAccessToken’s token', async () => {
    const error = await rejection(createApiFetch({ baseUrl: server.base, getAccessToken: () => long })('/long'))
    expect(error.message.length).toBeLessThanOrEqual(1000)
    expect(error.message).not.toContain(long.slice(0, 12))
  })

  it('leaves no fragment of a header axios sent', async () => {
    const error = parseApiError(
      await rejectionOf(axios.get(`${server.base}/long`, { headers: { Authorization: `Bearer ${long}` } })),
    )
    expect(error.message).not.toContain(long.slice(0, 12))
  })
})

describe('redaction never changes structural fields', () => {
  server.routes['/status'] = (req, res) => {
    const status = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('s'))
    json(res, status, { message: 'refused' })
  }
  it.each([
    ['Un', 401, 'Unauthorized'],
    ['Found', 404, 'ResourceNotFound'],
    ['Limit', 429, 'RateLimited'],
    ['ternal', 500, 'Internal'],
  ] as const)('a token %j keeps the type of a %i (%s)', async (token, status, type) => {
    const error = await rejection(
      createApiFetch({ baseUrl: server.base, getAccessToken: () => token })(`/status?s=${status}`),
    )
    expect(error).toMatchObject({ type, status, action: expect.any(String) as string })
    expect(error.type).toBe(type)
  })
})

describe('short header values', () => {
  server.routes['/short'] = (_req, res) => json(res, 401, { message: 'Refused 1 of 1 requests' })
  it('are no credential: a cookie consent=1 does not garble every 1 in the error', async () => {
    const error = parseApiError(
      await rejectionOf(axios.get(`${server.base}/short`, { headers: { Cookie: 'consent=1' } })),
    )
    expect(error.message).toBe('Refused 1 of 1 requests')
    expect(error.request?.url).toBe(`${server.base}/short`)
  })
})

describe('parseApiError(value, { secrets })', () => {
  it('removes the tokens a caller says it sent, before the text is clipped', () => {
    const sent = `opaque-${'Qx9'.repeat(30)}`
    const error = parseApiError(
      { status: 401, data: { message: `${'x'.repeat(980)} '${sent}' expired`, code: 'invalid_token' } },
      { secrets: [sent] },
    )
    expect(error).toMatchObject({ type: 'Unauthorized', code: 'invalid_token' })
    expect(error.message).not.toContain(sent.slice(0, 10))
  })
})
