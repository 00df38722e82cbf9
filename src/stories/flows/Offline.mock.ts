import { http, HttpResponse } from 'msw'
import { createMockServer } from '../support/mockApi.js'

export const server = createMockServer(() => ({ drafts: [] as unknown[] }))
const DRAFTS = '/api/flows/offline/drafts'

/** Keeps a draft that arrived. */
async function saved(session: Awaited<ReturnType<typeof server.receive>>, request: Request) {
  session.state.drafts.push(await request.json())
  return HttpResponse.json({ id: 'draft_1' }, { status: 201 })
}

/** The connection drops for the first request (a network error, no response at all); then it is back. */
export const handlers = [
  http.post(DRAFTS, async ({ request }) => {
    const session = await server.receive(request)
    if (session.received.length === 1) return HttpResponse.error()
    return saved(session, request)
  }),
]

/** The browser knows it is offline, so nothing is sent until it is back: every request that is sent arrives. */
export const backOnlineHandlers = [
  http.post(DRAFTS, async ({ request }) => saved(await server.receive(request), request)),
]
