import { http, HttpResponse } from 'msw'
import { createMockServer } from '../support/mockApi.js'

/** What the failing report endpoint says: a 5xx's server text, never shown in a toast. */
export const REPORT_FAILURE = 'TypeError: cannot read properties of undefined (reading "rows") at build-report.js:88'

/** A dashboard API whose report endpoint is broken (500) and whose search is rate limited (429). */
export const server = createMockServer(() => ({}))
export const handlers = [
  http.get('/api/flows/toasts/report', async ({ request }) => {
    await server.receive(request)
    return HttpResponse.json({ message: REPORT_FAILURE }, { status: 500 })
  }),
  http.get('/api/flows/toasts/search', async ({ request }) => {
    await server.receive(request)
    return HttpResponse.json({ message: 'Too many searches' }, { status: 429, headers: { 'retry-after': '20' } })
  }),
]
