import { http, HttpResponse } from 'msw'
import { createMockServer } from '../support/mockApi.js'

export interface SignUp {
  name: string
  email: string
}

/** Validates like a real API: RFC 9457 problem details with one entry per rejected field. */
export const server = createMockServer(() => ({ accounts: [] as SignUp[] }))
export const handlers = [
  http.post('/api/flows/validation/accounts', async ({ request }) => {
    const session = await server.receive(request)
    const body = (await request.json()) as SignUp
    const errors: { pointer: string; detail: string }[] = []
    if (body.name.trim().length < 2) errors.push({ pointer: '/name', detail: 'must be at least 2 characters' })
    if (!/^[^@\s]+@[^@\s]+$/.test(body.email)) errors.push({ pointer: '/email', detail: 'must be an email address' })
    else if (body.email === 'taken@example.com') errors.push({ pointer: '/email', detail: 'is already registered' })
    if (errors.length > 0) {
      return HttpResponse.json(
        { type: 'https://api.example.com/problems/validation-failed', title: 'Invalid input', status: 422, errors },
        { status: 422, headers: { 'content-type': 'application/problem+json' } },
      )
    }
    session.state.accounts.push(body)
    return HttpResponse.json({ id: 'acct_1', ...body }, { status: 201 })
  }),
]
