import { readFileSync } from 'node:fs'
import { afterAll, describe, expect, it } from 'vitest'
import { createApiFetch, createAuthCoordinator } from '../../src/core/index.js'
import { json, rejection, startTestServer } from './support/server.js'

// The README's "createApiFetch and createAuthCoordinator options" snippet, used verbatim below
// (only its import line differs: the package name becomes ../../src/core/index.js). The first test
// checks the README still says exactly this.

const api = await startTestServer()
const files = await startTestServer()
afterAll(() => Promise.all([api.close(), files.close()]))
const API_URL = api.base
const FILES_URL = files.base
const session = { accessToken: 'expired' }
let renewals = 0
const renewSession = async () => {
  renewals += 1
  const response = await fetch(`${API_URL}/refresh`, { method: 'POST' })
  session.accessToken = ((await response.json()) as { token: string }).token
}

// --- README snippet start ---
const auth = createAuthCoordinator({
  refresh: renewSession, // resolves once the session is renewed (it may return the new token)
  timeoutMs: 10_000,
})

export const apiFetch = createApiFetch({
  baseUrl: API_URL, // e.g. 'https://api.example.com/v1'
  getAccessToken: () => session.accessToken,
  auth,
  allowedOrigins: [FILES_URL], // another origin of yours that takes the same token
  timeoutMs: 15_000,
  maxGateWaitMs: 10_000,
  rateLimitGate: 'origin',
  maxRetries: 2,
  aliases: { quota_reached: 'QuotaExceeded' },
})
// --- README snippet end ---

const fresh = (authorization: string | undefined) => authorization === 'Bearer fresh'
api.routes['/refresh'] = (_req, res) => json(res, 200, { token: 'fresh' })
api.routes['/notes'] = (req, res) =>
  fresh(req.headers.authorization) ? json(res, 200, ['a note']) : json(res, 401, { error: 'invalid_token' })
api.routes['/usage'] = (_req, res) => json(res, 402, { error: 'quota_reached', message: 'Monthly quota reached' })
files.routes['/avatar'] = (req, res) =>
  fresh(req.headers.authorization) ? json(res, 200, { url: 'a.png' }) : json(res, 401, {})

describe('README: createApiFetch and createAuthCoordinator options', () => {
  it('is the snippet the README shows', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
    const section = readme.slice(readme.indexOf('## createApiFetch and createAuthCoordinator options'))
    const block = /```ts\n([\s\S]*?)```/.exec(section)?.[1] ?? ''
    const source = readFileSync(new URL(import.meta.url), 'utf8')
    const copy = /\/\/ --- README snippet start ---\n([\s\S]*?)\/\/ --- README snippet end ---/.exec(source)?.[1] ?? ''
    expect(block).toBe(`import { createApiFetch, createAuthCoordinator } from 'react-api-errors/core'\n\n${copy}`)
  })

  it('renews an expired session once, replays, and sends the token to the allowed origin', async () => {
    const [notes, more] = await Promise.all([apiFetch('/notes'), apiFetch('/notes')])
    expect(await notes.json()).toEqual(['a note'])
    expect(more.ok).toBe(true)
    expect(renewals).toBe(1)
    expect(await (await apiFetch(`${FILES_URL}/avatar`)).json()).toEqual({ url: 'a.png' })
  })

  it('maps the vendor code through aliases', async () => {
    expect(await rejection(apiFetch('/usage'))).toMatchObject({ type: 'QuotaExceeded', status: 402, action: 'upgrade' })
  })
})
