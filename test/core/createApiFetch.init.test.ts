import { describe, expect, it } from 'vitest'
import { createApiFetch } from '../../src/core/index.js'
import type { FetchImplementation } from '../../src/core/index.js'
import { json, serveForFile } from './support/server.js'

// createApiFetch keeps the RequestInit fields it does not own (Next.js's `next`, `cache`, `priority`…).
const server = serveForFile()
server.routes['/x'] = (_req, res) => json(res, 200, { ok: true })

/** Records the init it is given, then sends the Request to the real server. */
function recordingFetch() {
  const inits: (RequestInit | undefined)[] = []
  const fetch: FetchImplementation = (request, init) => {
    inits.push(init)
    return globalThis.fetch(request)
  }
  return { fetch, inits }
}

describe('createApiFetch: RequestInit fields it does not own', () => {
  it('passes them to the fetch it calls, and nothing it owns', async () => {
    const { fetch, inits } = recordingFetch()
    const apiFetch = createApiFetch({ baseUrl: server.base, fetch })
    const controller = new AbortController()
    const init = {
      method: 'POST',
      body: '{"a":1}',
      headers: { 'content-type': 'application/json' },
      signal: controller.signal,
      next: { revalidate: 60, tags: ['notes'] },
      cache: 'no-store',
      priority: 'high',
    }
    const response = await apiFetch('/x', init as RequestInit)
    expect(await response.json()).toEqual({ ok: true })
    expect(inits).toEqual([{ next: { revalidate: 60, tags: ['notes'] }, cache: 'no-store', priority: 'high' }])
    // The Request itself still carried the method, body and headers.
    expect(server.hits.at(-1)).toMatchObject({ method: 'POST', body: '{"a":1}', contentType: 'application/json' })
  })

  it('passes no init when the caller gave only what it owns', async () => {
    const { fetch, inits } = recordingFetch()
    await createApiFetch({ baseUrl: server.base, fetch })('/x', {
      method: 'GET',
      headers: { accept: 'application/json' },
    })
    expect(inits).toEqual([undefined])
  })
})
