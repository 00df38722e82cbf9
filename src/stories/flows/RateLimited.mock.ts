import { http, HttpResponse } from 'msw'
import { createMockServer } from '../support/mockApi.js'

export const MESSAGES = ['Standup moved to 10:30', 'Invoice #2041 paid', 'New comment on “Q3 roadmap”']

/** The first request is refused with 429 and `Retry-After: 1`; the next one succeeds. */
export const server = createMockServer(() => null)
export const handlers = [
  http.get('/api/flows/rate-limited/messages', async ({ request }) => {
    const { received } = await server.receive(request)
    if (received.length === 1) {
      return HttpResponse.json(
        { type: 'RateLimited', message: 'Rate limit of 60 requests per minute exceeded' },
        { status: 429, headers: { 'Retry-After': '1' } },
      )
    }
    return HttpResponse.json({ messages: MESSAGES })
  }),
]
