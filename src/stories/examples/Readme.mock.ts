import { http, HttpResponse } from 'msw'
import { createMockServer } from '../support/mockApi.js'

export const MESSAGES = [
  { id: 1, text: 'Standup moved to 10:30' },
  { id: 2, text: 'Invoice #2041 paid' },
]

/** The README's messages API: the first request is refused with 429 and `Retry-After: 1`; the next one succeeds. */
export const server = createMockServer(() => null)
export const handlers = [
  http.get('/api/readme/messages', async ({ request }) => {
    const { received } = await server.receive(request)
    if (received.length === 1)
      return HttpResponse.json(
        { type: 'RateLimited', message: 'Too many requests' },
        { status: 429, headers: { 'Retry-After': '1' } },
      )
    return HttpResponse.json(MESSAGES)
  }),
]
