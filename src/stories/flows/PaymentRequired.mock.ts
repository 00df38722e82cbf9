import { http, HttpResponse } from 'msw'
import { createMockServer } from '../support/mockApi.js'

/** PDF export is a Pro feature: 402 on the Free plan, 201 once the workspace has upgraded. */
export const server = createMockServer(() => ({ plan: 'free' as 'free' | 'pro' }))
export const handlers = [
  http.post('/api/flows/billing/exports', async ({ request }) => {
    const session = await server.receive(request)
    if (session.state.plan !== 'pro') {
      return HttpResponse.json({ type: 'PaymentRequired', message: 'PDF export needs the Pro plan' }, { status: 402 })
    }
    return HttpResponse.json({ url: '/exports/q3-report.pdf' }, { status: 201 })
  }),
  http.post('/api/flows/billing/plan', async ({ request }) => {
    const session = await server.receive(request)
    session.state.plan = 'pro'
    return HttpResponse.json({ plan: 'pro' })
  }),
]
