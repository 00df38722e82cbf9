import { http, HttpResponse } from 'msw'
import { createMockServer } from '../support/mockApi.js'

export interface SignUpValues {
  name: string
  email: string
  address: { street: string; city: string }
  emails: string[]
}

/** What the server says about a referral link the form never showed: a field the form does not have. */
export const REFERRAL_EXPIRED = 'has expired'

/**
 * Validates like a Rails API with nested attributes: `{ errors: { 'address.street': [msg] } }`, 422.
 * The first sign-up of a session also carries an error for `referral`, a field the form does not
 * have (the server drops the expired referral afterwards).
 */
export const server = createMockServer(() => ({ accounts: [] as SignUpValues[], referralChecked: false }))
export const handlers = [
  http.post('/api/flows/signup/accounts', async ({ request }) => {
    const session = await server.receive(request)
    const body = (await request.json()) as SignUpValues
    const errors: Record<string, string[]> = {}
    if (!body.address.street.trim()) errors['address.street'] = ["can't be blank"]
    if (!/^[^@\s]+@[^@\s]+$/.test(body.emails[0] ?? '')) errors['emails.0'] = ['must be an email address']
    if (!session.state.referralChecked) {
      session.state.referralChecked = true
      errors.referral = [REFERRAL_EXPIRED]
    }
    if (Object.keys(errors).length > 0) return HttpResponse.json({ errors }, { status: 422 })
    session.state.accounts.push(body)
    return HttpResponse.json({ id: `acct_${session.state.accounts.length}`, name: body.name }, { status: 201 })
  }),
]
