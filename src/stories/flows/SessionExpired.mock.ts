import { http, HttpResponse } from 'msw'
import { createMockServer } from '../support/mockApi.js'

export const EXPIRED = 'token-expired'
export const FRESH = 'token-after-sign-in'
export const NOTES = '/api/flows/session/notes'

/**
 * The access token the page holds has expired and the refresh token too: the refresh endpoint
 * answers 401, so only signing in again helps. Notes are saved only with the fresh token.
 */
export const server = createMockServer(() => ({ saved: [] as unknown[] }))
export const handlers = [
  http.post('/api/flows/session/refresh', async ({ request }) => {
    await server.receive(request)
    return HttpResponse.json({ type: 'Unauthorized', message: 'Refresh token expired' }, { status: 401 })
  }),
  http.post('/api/flows/session/sign-in', async ({ request }) => {
    await server.receive(request)
    return HttpResponse.json({ token: FRESH })
  }),
  http.post(NOTES, async ({ request }) => {
    const session = await server.receive(request)
    if (request.headers.get('authorization') !== `Bearer ${FRESH}`) {
      return HttpResponse.json({ type: 'Unauthorized', message: 'Access token expired' }, { status: 401 })
    }
    const note = (await request.json()) as { text: string }
    session.state.saved.push(note)
    return HttpResponse.json({ id: `note_${session.state.saved.length}`, ...note }, { status: 201 })
  }),
]
