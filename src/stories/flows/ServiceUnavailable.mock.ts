import { http, HttpResponse } from 'msw'
import { createMockServer } from '../support/mockApi.js'

/** The first request meets a 503 from the gateway (text body, `Retry-After: 1`); the next one succeeds. */
export const server = createMockServer(() => null)
export const handlers = [
  http.get('/api/flows/unavailable/orders', async ({ request }) => {
    const { received } = await server.receive(request)
    if (received.length === 1) {
      return new HttpResponse('upstream connect error or disconnect/reset before headers', {
        status: 503,
        headers: { 'Retry-After': '1', 'content-type': 'text/plain' },
      })
    }
    return HttpResponse.json({
      orders: [
        { id: 'A-1001', total: '€42.00' },
        { id: 'A-1002', total: '€17.50' },
      ],
    })
  }),
]
