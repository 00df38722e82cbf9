import { http, HttpResponse } from 'msw'
import { createMockServer } from '../support/mockApi.js'

export const MESSAGES = ['Standup moved to 10:30', 'Invoice #2041 paid', 'New comment on “Q3 roadmap”']

/** The wait the server asks for, in seconds: long enough to press Retry during it. */
export const RETRY_AFTER_S = 2

/** The first request is refused with 429 and `Retry-After: 2`; the next one succeeds. */
export const server = createMockServer(() => null)
export const handlers = [
  http.get('/api/flows/rate-limited/messages', async ({ request }) => {
    const { received } = await server.receive(request)
    if (received.length === 1) {
      return HttpResponse.json(
        { type: 'RateLimited', message: 'Rate limit of 60 requests per minute exceeded' },
        { status: 429, headers: { 'Retry-After': String(RETRY_AFTER_S) } },
      )
    }
    return HttpResponse.json({ messages: MESSAGES })
  }),
]
