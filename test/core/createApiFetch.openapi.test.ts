import createClient from 'openapi-fetch'
import { beforeEach, describe, expect, it } from 'vitest'
import { createApiFetch, createAuthCoordinator, isApiError } from '../../src/core/index.js'
import { json, rejection, serveForFile } from './support/server.js'

/** The shape openapi-typescript generates, for the routes used here. */
interface paths {
  '/me': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never }
    get: {
      parameters: { query?: never; header?: never; path?: never; cookie?: never }
      requestBody?: never
      responses: { 200: { headers: { [name: string]: unknown }; content: { 'application/json': { ok: boolean } } } }
    }
  }
  '/notes': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never }
    post: {
      parameters: { query?: never; header?: never; path?: never; cookie?: never }
      requestBody: { content: { 'application/json': { text: string } } }
      responses: { 201: { headers: { [name: string]: unknown }; content: { 'application/json': { id: string } } } }
    }
  }
}

const server = serveForFile()
const validToken = 'fresh-token'

beforeEach(() => {
  server.reset()
  server.routes['/me'] = (req, res) => {
    if (req.headers.authorization === `Bearer ${validToken}`) json(res, 200, { ok: true })
    else json(res, 401, { type: 'Unauthorized', message: 'Token expired' })
  }
})

describe("createApiFetch as openapi-fetch's fetch", () => {
  it('sends the Request openapi-fetch builds, with its method, headers, body and our token', async () => {
    server.routes['/notes'] = (_req, res, hit) => json(res, 201, { id: `note for ${hit.body}` })
    const client = createClient<paths>({
      baseUrl: server.base,
      fetch: createApiFetch({ baseUrl: server.base, getAccessToken: () => validToken }),
    })
    const { data, response } = await client.POST('/notes', { body: { text: 'hello' } })
    expect(response.status).toBe(201)
    expect(data).toEqual({ id: 'note for {"text":"hello"}' })
    expect(server.hits[0]).toMatchObject({
      method: 'POST',
      contentType: 'application/json',
      authorization: `Bearer ${validToken}`,
      body: '{"text":"hello"}',
    })
  })

  it('replays a POST after re-authentication with the same body', async () => {
    server.routes['/notes'] = (req, res, hit) => {
      if (req.headers.authorization === `Bearer ${validToken}`) json(res, 201, { id: hit.body })
      else json(res, 401, { type: 'Unauthorized' })
    }
    const store = { token: 'expired' }
    const auth = createAuthCoordinator({ refresh: () => (store.token = validToken) })
    const client = createClient<paths>({
      baseUrl: server.base,
      fetch: createApiFetch({ baseUrl: server.base, getAccessToken: () => store.token, auth }),
    })
    const { data } = await client.POST('/notes', { body: { text: 'keep me' } })
    expect(data).toEqual({ id: '{"text":"keep me"}' })
    const posts = server.hits.filter((h) => h.path === '/notes')
    expect(posts.map((h) => h.body)).toEqual(['{"text":"keep me"}', '{"text":"keep me"}'])
    expect(posts.map((h) => h.authorization)).toEqual(['Bearer expired', `Bearer ${validToken}`])
  })

  it('makes openapi-fetch reject with the ApiError for an error status', async () => {
    const client = createClient<paths>({ baseUrl: server.base, fetch: createApiFetch() })
    const error = await rejection(client.GET('/me'))
    expect(error).toMatchObject({
      type: 'Unauthorized',
      status: 401,
      request: { method: 'GET', url: `${server.base}/me` },
    })
    expect(isApiError(error, 'Unauthorized')).toBe(true)
  })
})
