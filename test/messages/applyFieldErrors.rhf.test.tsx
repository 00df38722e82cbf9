import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { afterEach, describe, expect, it } from 'vitest'
import { ApiErrorProvider, applyFieldErrors, createApiFetch, en, useDescribeApiErrorOptions } from '../../src/index.js'
import de from '../../src/messages/locales/de.js'
import type { FieldError } from '../../src/index.js'
import { json, serveForFile } from '../core/support/server.js'

interface SignUp {
  name: string
  email: string
  address: { street: string }
  emails: string[]
}

const server = serveForFile()
afterEach(() => server.reset())

const FIVE_XX_TEXT = 'pg: relation "users" does not exist at db-7.internal'

/** The server: validates like a real API in the dialect it is told, creates the account otherwise. */
function serveSignUp(dialect: 'problem' | 'rails') {
  const accounts: SignUp[] = []
  server.routes['/signup'] = (_req, res, hit) => {
    const body = JSON.parse(hit.body) as SignUp
    if (body.name === 'crash') return json(res, 500, { message: FIVE_XX_TEXT })
    const errors: Record<string, string[]> = {}
    if (!body.address.street.trim()) errors['address.street'] = ["can't be blank"]
    if (!body.emails[0]?.includes('@')) errors['emails.0'] = ['is not an email address', 'is too short']
    if (body.email === 'taken@example.com') errors.email = ['is already registered']
    // A field the form does not have: it must not be lost, nor block the next submit.
    if (body.name === 'Ada') errors.coupon = ['has expired']
    // What no field is about (Rails `base`).
    if (body.name === 'admin') errors.base = ['Signups named admin are not allowed']
    if (Object.keys(errors).length === 0) {
      accounts.push(body)
      return json(res, 201, { id: accounts.length })
    }
    if (dialect === 'rails') return json(res, 422, { errors })
    const problems = Object.entries(errors).flatMap(([path, details]) =>
      details.map((detail) => ({ pointer: `/${path.replace(/\./g, '/')}`, detail })),
    )
    return json(
      res,
      422,
      { type: 'https://api.example.com/problems/validation', title: 'Invalid input', status: 422, errors: problems },
      { 'content-type': 'application/problem+json' },
    )
  }
  return accounts
}

function SignUpForm({ onMissed }: { onMissed: (missed: FieldError[]) => void }) {
  const apiFetch = createApiFetch({ baseUrl: server.base })
  const [submits, setSubmits] = useState(0)
  const [created, setCreated] = useState(false)
  const api = {
    signUp: async (values: SignUp) => {
      setSubmits((count) => count + 1)
      await apiFetch('/signup', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(values),
      })
      setCreated(true)
    },
  }
  const log = (_what: string, missed: FieldError[]) => onMissed(missed)
  const {
    register,
    setError,
    handleSubmit,
    formState: { errors },
  } = useForm<SignUp>({ defaultValues: { name: '', email: '', address: { street: '' }, emails: ['', ''] } })
  const field = (
    name: 'name' | 'email' | 'address.street' | 'emails.0',
    label: string,
    message: string | undefined,
  ) => (
    <p>
      <label htmlFor={name}>{label}</label>
      <input
        id={name}
        {...register(name)}
        aria-invalid={message ? true : undefined}
        aria-describedby={message ? `${name}-error` : undefined}
      />
      {message && <span id={`${name}-error`}>{message}</span>}
    </p>
  )
  // verbatim from README ("Server validation errors in react-hook-form")
  const copy = useDescribeApiErrorOptions() // the provider's language, translate and aliases
  const onSubmit = handleSubmit(async (values) => {
    try {
      await api.signUp(values)
    } catch (error) {
      const fields = ['name', 'email', 'address.street', 'emails.0'] as const
      const notShown = applyFieldErrors(error, setError, { fields, ...copy })
      if (notShown.length > 0) log('field errors the form has no input for', notShown)
    }
  })
  return (
    <form onSubmit={onSubmit} aria-label="Sign up" noValidate>
      {errors.root?.server && <p role="alert">{errors.root.server.message}</p>}
      {field('name', 'Name', errors.name?.message)}
      {field('email', 'Email', errors.email?.message)}
      {field('address.street', 'Street', errors.address?.street?.message)}
      {field('emails.0', 'Backup email', errors.emails?.[0]?.message)}
      <button type="submit">Create account</button>
      <p data-testid="submits">{submits}</p>
      {created && <p role="status">Account created</p>}
    </form>
  )
}

async function fill(values: Partial<Record<'Name' | 'Email' | 'Street' | 'Backup email', string>>) {
  const user = userEvent.setup()
  for (const [label, value] of Object.entries(values)) {
    const input = screen.getByLabelText(label)
    await user.clear(input)
    if (value) await user.type(input, value)
  }
  await user.click(screen.getByRole('button', { name: 'Create account' }))
}

describe('applyFieldErrors with react-hook-form', () => {
  it.each(['problem', 'rails'] as const)(
    'puts %s field errors under their inputs; fixing and resubmitting succeeds',
    async (dialect) => {
      const accounts = serveSignUp(dialect)
      const missed: FieldError[][] = []
      render(<SignUpForm onMissed={(fieldErrors) => missed.push(fieldErrors)} />)

      await fill({ Name: 'Grace', Email: 'taken@example.com', Street: '', 'Backup email': 'nope' })
      await waitFor(() => expect(screen.getByLabelText('Street')).toHaveAccessibleDescription("can't be blank"))
      expect(screen.getByLabelText('Backup email')).toHaveAccessibleDescription('is not an email address')
      expect(screen.getByLabelText('Email')).toHaveAccessibleDescription('is already registered')
      expect(screen.getByLabelText('Name')).not.toHaveAttribute('aria-invalid')
      // Focus is on the first rejected field in the form's order, whatever order the server used.
      expect(screen.getByLabelText('Email')).toHaveFocus()
      // Every field landed: nothing above the form.
      expect(screen.queryByRole('alert')).not.toBeInTheDocument()
      expect(missed).toEqual([[{ path: 'emails.0', message: 'is too short' }]])

      await fill({ Email: 'grace@example.com', Street: '1 Main St', 'Backup email': 'g@example.com' })
      expect(await screen.findByRole('status')).toHaveTextContent('Account created')
      expect(screen.getByTestId('submits')).toHaveTextContent('2')
      expect(screen.getByLabelText('Street')).not.toHaveAttribute('aria-invalid')
      expect(accounts).toEqual([
        { name: 'Grace', email: 'grace@example.com', address: { street: '1 Main St' }, emails: ['g@example.com', ''] },
      ])
    },
  )

  it("puts the server's own messages for errors no input shows on root.server; the next submit is not blocked", async () => {
    const accounts = serveSignUp('problem')
    const missed: FieldError[][] = []
    render(<SignUpForm onMissed={(fieldErrors) => missed.push(fieldErrors)} />)

    await fill({ Name: 'Ada', Email: 'ada@example.com', Street: '', 'Backup email': 'a@example.com' })
    expect(await screen.findByRole('alert')).toHaveTextContent('has expired')
    expect(screen.getByLabelText('Street')).toHaveAccessibleDescription("can't be blank")
    expect(screen.getByLabelText('Street')).toHaveFocus()
    expect(missed).toEqual([[{ path: 'coupon', message: 'has expired' }]])

    await fill({ Name: 'Ada L', Street: '2 Side St' })
    expect(await screen.findByRole('status')).toHaveTextContent('Account created')
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(accounts).toHaveLength(1)
  })

  it("says why when nothing is highlighted (Rails base), and the catalog's words in the provider's language", async () => {
    serveSignUp('rails')
    render(
      <ApiErrorProvider messages={de}>
        <SignUpForm onMissed={() => undefined} />
      </ApiErrorProvider>,
    )
    await fill({ Name: 'admin', Email: 'a@example.com', Street: '1 Main St', 'Backup email': 'a@example.com' })
    expect(await screen.findByRole('alert')).toHaveTextContent('Signups named admin are not allowed')
    expect(document.body).not.toHaveTextContent(en.types.InvalidDataFormat.title)

    await fill({ Name: 'crash' })
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(de.types.Internal.title))
    expect(document.body).not.toHaveTextContent(en.types.Internal.title)
  })

  it('shows catalog copy for a 500 above the form, never its server text; a retry goes through', async () => {
    const accounts = serveSignUp('problem')
    const missed: FieldError[][] = []
    render(<SignUpForm onMissed={(fieldErrors) => missed.push(fieldErrors)} />)

    await fill({ Name: 'crash', Email: 'c@example.com', Street: '3 High St', 'Backup email': 'c@example.com' })
    expect(await screen.findByRole('alert')).toHaveTextContent(en.types.Internal.title)
    expect(document.body).not.toHaveTextContent(FIVE_XX_TEXT)
    expect(missed).toEqual([])

    await fill({ Name: 'Calm' })
    expect(await screen.findByRole('status')).toHaveTextContent('Account created')
    expect(screen.getByTestId('submits')).toHaveTextContent('2')
    expect(accounts).toHaveLength(1)
  })
})
