import { http, HttpResponse } from 'msw'
import { createMockServer } from '../support/mockApi.js'

/** The connection drops for the first request (a network error, no response at all); then it is back. */
export const server = createMockServer(() => ({ drafts: [] as unknown[] }))
export const handlers = [
  http.post('/api/flows/offline/drafts', async ({ request }) => {
    const session = await server.receive(request)
    if (session.received.length === 1) return HttpResponse.error()
    session.state.drafts.push(await request.json())
    return HttpResponse.json({ id: 'draft_1' }, { status: 201 })
  }),
]
