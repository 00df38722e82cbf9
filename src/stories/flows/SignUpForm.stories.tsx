import type { Meta, StoryObj } from '@storybook/react-vite'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { expect, within } from 'storybook/test'
import { applyFieldErrors, useDescribeApiErrorOptions } from '../../index.js'
import { catalogFor } from '../support/globals.js'
import { useStoryApiFetch } from '../support/mockApi.js'
import type { SignUpValues } from './SignUpForm.mock.js'
import { REFERRAL_EXPIRED, handlers, server } from './SignUpForm.mock.js'

const FIELDS = ['name', 'email', 'address.street', 'address.city', 'emails.0'] as const
const LABELS: Record<(typeof FIELDS)[number], string> = {
  name: 'Name',
  email: 'Email',
  'address.street': 'Street',
  'address.city': 'City',
  'emails.0': 'Backup email',
}

/** A react-hook-form sign-up form: nested (`address.street`) and array (`emails.0`) fields, server validation only. */
function SignUpForm() {
  const apiFetch = useStoryApiFetch()
  const copy = useDescribeApiErrorOptions() // the provider's language
  const [welcome, setWelcome] = useState<string>()
  const { register, setError, handleSubmit, getFieldState, formState } = useForm<SignUpValues>({
    defaultValues: { name: '', email: '', address: { street: '', city: '' }, emails: [''] },
  })
  const onSubmit = handleSubmit(async (values) => {
    try {
      const response = await apiFetch('/api/flows/signup/accounts', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(values),
      })
      setWelcome(((await response.json()) as { name: string }).name)
    } catch (error) {
      // Server errors land under their inputs, the first gets focus; the rest (here: `referral`) above the form.
      applyFieldErrors(error, setError, { fields: FIELDS, ...copy })
    }
  })
  const rootError = formState.errors.root?.server?.message
  return (
    <form className="sb-flow" aria-labelledby="signup-rhf-title" noValidate onSubmit={onSubmit}>
      <h2 id="signup-rhf-title">Create your account</h2>
      {rootError && (
        <p role="alert" className="rae-banner rae-banner--error">
          {rootError}
        </p>
      )}
      {FIELDS.map((name) => {
        const message = getFieldState(name, formState).error?.message
        const id = `signup-rhf-${name.replace(/\./g, '-')}`
        return (
          <div className="sb-flow__field" key={name}>
            <label htmlFor={id}>{LABELS[name]}</label>
            <input
              id={id}
              {...register(name)}
              aria-invalid={message ? true : undefined}
              aria-describedby={message ? `${id}-error` : undefined}
            />
            {message && (
              <p id={`${id}-error`} className="sb-flow__field-error">
                {message}
              </p>
            )}
          </div>
        )
      })}
      <div>
        <button type="submit" className="rae-button rae-button--primary" disabled={formState.isSubmitting}>
          Create account
        </button>
      </div>
      {welcome && <p role="status">Welcome aboard, {welcome}!</p>}
    </form>
  )
}

const meta = {
  title: 'Flows/Sign-up form (react-hook-form)',
  tags: ['!autodocs'],
  render: () => <SignUpForm />,
  parameters: { msw: { handlers: { signUp: handlers } } },
} satisfies Meta

export default meta

/** A 422 with a Rails-style map → errors under their inputs (the first focused), the unknown `referral`'s message above the form → fix → handleSubmit runs again and the account is created. */
export const ServerErrorsFixedAndResubmitted: StoryObj = {
  play: async ({ canvasElement, globals, step, userEvent }) => {
    const canvas = within(canvasElement)
    const catalog = catalogFor(globals.locale)
    const street = canvas.getByLabelText('Street')
    const backup = canvas.getByLabelText('Backup email')

    await step('the server rejects two inputs and a field the form does not have', async () => {
      await userEvent.type(canvas.getByLabelText('Name'), 'Ada')
      await userEvent.type(canvas.getByLabelText('Email'), 'ada@example.com')
      await userEvent.type(backup, 'not-an-email')
      await userEvent.click(canvas.getByRole('button', { name: 'Create account' }))
      // What no input shows is said above the form in the server's own words, not "fix the highlighted fields".
      await expect(await canvas.findByRole('alert')).toHaveTextContent(REFERRAL_EXPIRED)
      await expect(canvasElement).not.toHaveTextContent(catalog.types.InvalidDataFormat.title)
      // Focus is on the first rejected input in the form's order.
      await expect(street).toHaveFocus()
      await expect(street).toHaveAccessibleDescription("can't be blank")
      await expect(street).toHaveAttribute('aria-invalid', 'true')
      await expect(backup).toHaveAccessibleDescription('must be an email address')
      await expect(canvas.getByLabelText('Name')).not.toHaveAttribute('aria-invalid')
      // What the user typed is kept.
      await expect(backup).toHaveValue('not-an-email')
    })

    await step('the corrected form is submitted again and accepted', async () => {
      await userEvent.type(street, '12 Analytical Row')
      await userEvent.clear(backup)
      await userEvent.type(backup, 'ada@backup.example')
      await userEvent.click(canvas.getByRole('button', { name: 'Create account' }))
      await expect(await canvas.findByRole('status')).toHaveTextContent('Welcome aboard, Ada!')
      await expect(canvas.queryByRole('alert')).not.toBeInTheDocument()
      await expect(street).not.toHaveAttribute('aria-invalid')
      await expect(server.latest().received).toHaveLength(2)
      await expect(server.latest().state.accounts).toEqual([
        {
          name: 'Ada',
          email: 'ada@example.com',
          address: { street: '12 Analytical Row', city: '' },
          emails: ['ada@backup.example'],
        },
      ])
    })
  },
}
