// toFieldErrorMap lives in core; this test renders a real Formik form, so it runs with the DOM tests.
import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ErrorMessage, Field, Form, Formik, setIn } from 'formik'
import { afterEach, describe, expect, it } from 'vitest'
import { createApiFetch, toFieldErrorMap } from '../../src/core/index.js'
import { json, serveForFile } from '../core/support/server.js'

interface SignUp {
  email: string
  address: { street: string }
  emails: string[]
}

const server = serveForFile()
afterEach(() => server.reset())

// verbatim from README ("Field errors in Formik and Server Actions")
// Formik nests its errors: each dotted path goes through Formik's setIn.
const toFormikErrors = (error: unknown) =>
  Object.entries(toFieldErrorMap(error)).reduce((errors, [path, message]) => setIn(errors, path, message), {})

function SignUpForm() {
  const apiFetch = createApiFetch({ baseUrl: server.base })
  const api = { signUp: (values: SignUp) => apiFetch('/signup', { method: 'POST', body: JSON.stringify(values) }) }
  return (
    <Formik<SignUp>
      initialValues={{ email: '', address: { street: '' }, emails: [''] }}
      onSubmit={async (values, { setErrors, setStatus }) => {
        try {
          await api.signUp(values)
          setStatus('created')
        } catch (error) {
          // in onSubmit's catch:
          setErrors(toFormikErrors(error))
        }
      }}
    >
      {({ status }) => (
        <Form aria-label="Sign up" noValidate>
          {(['email', 'address.street', 'emails.0'] as const).map((name) => (
            <p key={name}>
              <label htmlFor={name}>{name}</label>
              <Field id={name} name={name} aria-describedby={`${name}-error`} />
              <span id={`${name}-error`}>
                <ErrorMessage name={name} />
              </span>
            </p>
          ))}
          <button type="submit">Create account</button>
          {status === 'created' && <p role="status">Account created</p>}
        </Form>
      )}
    </Formik>
  )
}

describe('toFieldErrorMap with Formik', () => {
  it('shows each server error under its (nested or array) field; the corrected form goes through', async () => {
    const received: SignUp[] = []
    server.routes['/signup'] = (_req, res, hit) => {
      const body = JSON.parse(hit.body) as SignUp
      received.push(body)
      if (body.address.street && body.emails[0]) return json(res, 201, {})
      json(
        res,
        422,
        {
          type: 'about:blank',
          title: 'Invalid',
          status: 422,
          errors: [
            { pointer: '/address/street', detail: "can't be blank" },
            { pointer: '/emails/0', detail: 'is required' },
          ],
        },
        { 'content-type': 'application/problem+json' },
      )
    }
    const user = userEvent.setup()
    render(<SignUpForm />)
    await user.type(screen.getByLabelText('email'), 'ada@example.com')
    await user.click(screen.getByRole('button', { name: 'Create account' }))
    await waitFor(() => expect(screen.getByLabelText('address.street')).toHaveAccessibleDescription("can't be blank"))
    expect(screen.getByLabelText('emails.0')).toHaveAccessibleDescription('is required')
    expect(screen.getByLabelText('email')).toHaveAccessibleDescription('')

    await user.type(screen.getByLabelText('address.street'), '1 Main St')
    await user.type(screen.getByLabelText('emails.0'), 'ada@backup.example')
    await user.click(screen.getByRole('button', { name: 'Create account' }))
    expect(await screen.findByRole('status')).toHaveTextContent('Account created')
    expect(screen.getByLabelText('address.street')).toHaveAccessibleDescription('')
    expect(received).toHaveLength(2)
  })
})
