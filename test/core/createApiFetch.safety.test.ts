import { inspect } from 'node:util'
import { beforeEach, describe, expect, it } from 'vitest'
import { createApiErrorReporter, createApiFetch, createAuthCoordinator } from '../../src/core/index.js'
import type { ApiError, ApiErrorReport } from '../../src/core/index.js'
import { json, rejection, serveForFile, startTestServer } from './support/server.js'

const SECRET = 'eyJhbGciOi.SECRET-token.value42'
const PLAIN = 'tk9Fq2LmZx7Rw3Vb'

const server = serveForFile()

beforeEach(() => server.reset())

/** Every way an error gets logged or reported. */
function expectNoSecret(error: ApiError, secret: string) {
  const views = [
    JSON.stringify(error),
    String(error),
    error.message,
    error.stack ?? '',
    JSON.stringify(error.cause ?? null),
    JSON.stringify(error.request ?? null),
    inspect(error, { showHidden: true, depth: 10 }),
  ]
  for (const view of views) expect(view).not.toContain(secret)
}

describe('createApiFetch: tokens never reach an ApiError', () => {
  it('scrubs a token the server echoes in its error body', async () => {
    server.routes['/echo-401'] = (req, res) => {
      const token = (req.headers.authorization ?? '').replace('Bearer ', '')
      json(res, 401, {
        code: token,
        message: `credential ${token} was revoked`,
        errors: [{ field: 'auth', message: `bad: ${token}` }],
      })
    }
    const apiFetch = createApiFetch({ baseUrl: server.base, getAccessToken: () => SECRET })
    const error = await rejection(apiFetch('/echo-401'))
    expect(error.type).toBe('Unauthorized')
    expect(error.message).toContain('[REDACTED]')
    expect(error.fieldErrors).toEqual([{ path: 'auth', message: 'bad: [REDACTED]' }])
    expectNoSecret(error, SECRET)
  })

  it('scrubs the refreshed token too', async () => {
    let token = 'old-token-value'
    server.routes['/echo-403'] = (req, res) => {
      if (req.headers.authorization === 'Bearer old-token-value') json(res, 401, {})
      else json(res, 403, { message: `token ${req.headers.authorization ?? ''} lacks scope; sent ${SECRET}` })
    }
    const auth = createAuthCoordinator({ refresh: () => (token = SECRET) })
    const error = await rejection(
      createApiFetch({ baseUrl: server.base, getAccessToken: () => token, auth })('/echo-403'),
    )
    expect(error.type).toBe('Forbidden')
    expectNoSecret(error, SECRET)
  })

  it("keeps a token that is not a valid header value out of the engine's error message", async () => {
    const bad = `${SECRET}\nX-Injected: 1`
    const error = await rejection(createApiFetch({ baseUrl: server.base, getAccessToken: () => bad })('/anything'))
    expectNoSecret(error, SECRET)
    expect(server.hits.length).toBe(0)
  })

  it('keeps the token out of network, timeout and custom-fetch failures', async () => {
    const closed = await startTestServer()
    await closed.close()
    const network = await rejection(createApiFetch({ baseUrl: closed.base, getAccessToken: () => SECRET })('/x'))
    expect(network.type).toBe('Network')
    expectNoSecret(network, SECRET)

    server.routes['/slow'] = (_req, res) => void setTimeout(() => json(res, 200, {}), 2000).unref()
    const timeout = await rejection(
      createApiFetch({ baseUrl: server.base, getAccessToken: () => SECRET, timeoutMs: 50 })('/slow'),
    )
    expect(timeout.type).toBe('Timeout')
    expectNoSecret(timeout, SECRET)

    const leaky = async (request: Request) => {
      const header = request.headers.get('authorization') ?? ''
      throw new TypeError(`fetch failed for ${header}`, {
        cause: Object.assign(new Error(`socket closed, ${header}`), { code: 'ECONNRESET' }),
      })
    }
    const custom = await rejection(
      createApiFetch({ baseUrl: server.base, getAccessToken: () => SECRET, fetch: leaky })('/x'),
    )
    expect(custom.type).toBe('Network')
    expectNoSecret(custom, SECRET)
  })
})

describe('createApiFetch: a token with surrounding whitespace', () => {
  // A token read from a file or an environment variable often ends in a newline. The header
  // sends it trimmed, and the server echoes what it got: that is what must be scrubbed.
  it.each([
    ['a trailing newline', `${SECRET}\n`],
    ['a leading space', ` ${SECRET}`],
    ['tabs and spaces', `\t ${SECRET} \t`],
  ])('scrubs the token sent with %s', async (_label, given) => {
    // No shape the redaction knows (not a JWT): only the exact token sent can find it.
    const token = given.replace(SECRET, PLAIN)
    server.routes['/echo-trimmed'] = (req, res) => {
      const sent = (req.headers.authorization ?? '').slice('Bearer '.length)
      json(res, 403, { code: sent, message: `token "${sent}" lacks the admin scope` })
    }
    const apiFetch = createApiFetch({ baseUrl: server.base, getAccessToken: () => token })
    const error = await rejection(apiFetch('/echo-trimmed'))
    expect(server.hits[0]?.authorization).toBe(`Bearer ${PLAIN}`)
    expect(error.type).toBe('Forbidden')
    expect(error.message).toBe('token "[REDACTED]" lacks the admin scope')
    expectNoSecret(error, PLAIN)
    // The reporter's event (Sentry, logs) carries it neither.
    const sent: ApiErrorReport[] = []
    createApiErrorReporter({ send: (report) => sent.push(report), shouldReport: () => true })(error)
    expect(sent).toHaveLength(1)
    expect(JSON.stringify(sent[0])).not.toContain(PLAIN)
  })

  it('sends no header for a token of whitespace only, as for null', async () => {
    server.routes['/who'] = (req, res) => json(res, 401, { message: req.headers.authorization ?? 'anonymous' })
    const error = await rejection(createApiFetch({ baseUrl: server.base, getAccessToken: () => ' \n' })('/who'))
    expect(server.hits[0]?.authorization).toBeUndefined()
    expect(error.message).toBe('anonymous')
  })
})

describe('createApiFetch: tokens in the URL', () => {
  it.each(['access_token', 'api_key', 'token', 'apiKey'])(
    'redacts ?%s= in every error, whatever the status',
    async (name) => {
      server.routes['/q'] = (_req, res) => json(res, 500, { message: 'boom' })
      const apiFetch = createApiFetch({ baseUrl: server.base })
      const error = await rejection(apiFetch(`/q?page=2&${name}=${SECRET}`))
      expect(error.request?.url).toBe(`${server.base}/q?page=2&${name}=[REDACTED]`)
      expectNoSecret(error, SECRET)
    },
  )
})

describe('createApiFetch: bad input and misuse', () => {
  it.each([
    ['a string', 'https://api.test', /options must be an object/],
    ['a numeric baseUrl', { baseUrl: 42 }, /baseUrl must be a string/],
    ['a fetch that is not a function', { fetch: 'fetch' }, /fetch must be a function/],
    ['a token instead of a getter', { getAccessToken: SECRET }, /getAccessToken must be a function/],
    ['an auth that is not a coordinator', { auth: { refresh() {} } }, /createAuthCoordinator\(\) returns/],
    ['timeoutMs 0', { timeoutMs: 0 }, /timeoutMs must be a number of milliseconds/],
    ['timeoutMs as text', { timeoutMs: '5000' }, /timeoutMs/],
    ['a negative maxGateWaitMs', { maxGateWaitMs: -1 }, /maxGateWaitMs must be/],
    ['NaN maxGateWaitMs', { maxGateWaitMs: Number.NaN }, /maxGateWaitMs/],
    ['fractional maxRetries', { maxRetries: 1.5 }, /maxRetries must be a whole number from 0/],
    ['negative maxRetries', { maxRetries: -1 }, /maxRetries/],
    ['an alias to an unknown type', { aliases: { slow_down: 'TooFast' } }, /not an ApiErrorType/],
  ])('throws with guidance for %s', (_label, options, message) => {
    expect(() => createApiFetch(options as never)).toThrow(message)
  })

  it('never leaks the token in a validation message', () => {
    expect(() => createApiFetch({ getAccessToken: SECRET } as never)).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining(SECRET) as unknown }),
    )
  })

  it('rejects with an ApiError explaining the fix when getAccessToken returns a non-string', async () => {
    const error = await rejection(createApiFetch({ baseUrl: server.base, getAccessToken: () => 42 as never })('/x'))
    expect(error).toMatchObject({ type: 'Unknown', status: 0 })
    expect(error.message).toMatch(/return the token string, or null/)
    expect(server.hits.length).toBe(0)
  })

  it('rejects with an ApiError when getAccessToken throws', async () => {
    const getAccessToken = () => Promise.reject(new Error('storage unavailable'))
    const error = await rejection(createApiFetch({ baseUrl: server.base, getAccessToken })('/x'))
    expect(error.message).toBe('storage unavailable')
    expect(server.hits.length).toBe(0)
  })

  it.each([
    ['a relative URL without baseUrl', () => createApiFetch()('/relative')],
    ['a GET with a body', () => createApiFetch({ baseUrl: server.base })('/x', { body: 'x' })],
    ['a number as input', () => createApiFetch({ baseUrl: server.base })(42 as never)],
    ['a bogus method', () => createApiFetch({ baseUrl: server.base })('/x', { method: 7 as never })],
  ])('turns %s into a rejected ApiError, never a crash', async (_label, call) => {
    const error = await rejection(call())
    expect(error.name).toBe('ApiError')
  })

  it('says what to do when no fetch implementation exists', async () => {
    const original = globalThis.fetch
    const apiFetch = createApiFetch()
    try {
      Reflect.deleteProperty(globalThis, 'fetch')
      await expect(apiFetch('https://api.test/x')).rejects.toThrow(/Pass options.fetch/)
    } finally {
      globalThis.fetch = original
    }
  })
})
