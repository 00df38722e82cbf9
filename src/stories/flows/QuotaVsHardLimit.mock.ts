import { http, HttpResponse } from 'msw'
import { createMockServer } from '../support/mockApi.js'

/**
 * Two limits that look alike on the wire and mean different things: the monthly send quota
 * (403 `QuotaExceeded`, raised by upgrading) and the maximum size of one import (413
 * `LimitExceeded`, the same on every plan).
 */
export const server = createMockServer(() => null)
export const handlers = [
  http.post('/api/flows/limits/campaigns', async ({ request }) => {
    await server.receive(request)
    return HttpResponse.json(
      { type: 'QuotaExceeded', message: 'Monthly send quota of 10 000 emails reached' },
      { status: 403 },
    )
  }),
  http.post('/api/flows/limits/imports', async ({ request }) => {
    await server.receive(request)
    return HttpResponse.json(
      { type: 'LimitExceeded', message: 'An import holds at most 1 000 contacts' },
      { status: 413 },
    )
  }),
]
