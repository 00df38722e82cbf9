import { useMutation } from '@tanstack/react-query'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { useState } from 'react'
import { expect, within } from 'storybook/test'
import { FieldErrors, getFieldError } from '../../index.js'
// Story checks compute the expected copy the way the kit does (internal helpers, not public API).
import { formatMessage } from '../../messages/index.js'
import { catalogFor } from '../support/globals.js'
import { useStoryApiFetch } from '../support/mockApi.js'
import { QueryFlow } from '../support/QueryFlow.js'
import type { SignUp } from './ValidationErrors.mock.js'
import { handlers, server } from './ValidationErrors.mock.js'

const LABELS = { name: 'Name', email: 'Email' } as const

function SignUpForm() {
  const apiFetch = useStoryApiFetch()
  const [values, setValues] = useState<SignUp>({ name: '', email: '' })
  const create = useMutation({
    mutationFn: async (input: SignUp) => {
      const response = await apiFetch('/api/flows/validation/accounts', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(input),
      })
      return (await response.json()) as SignUp
    },
  })
  const field = (path: keyof SignUp, type: 'text' | 'email') => {
    // getFieldError marks the input the server rejected, with the server's reason as its description.
    const message = getFieldError(create.error, path)
    return (
      <div className="sb-flow__field">
        <label htmlFor={`signup-${path}`}>{LABELS[path]}</label>
        <input
          id={`signup-${path}`}
          type={type}
          value={values[path]}
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? `signup-${path}-error` : undefined}
          onChange={(event) => setValues({ ...values, [path]: event.target.value })}
        />
        {message && (
          <p id={`signup-${path}-error`} className="sb-flow__field-error">
            {message}
          </p>
        )}
      </div>
    )
  }
  return (
    <form
      className="sb-flow"
      aria-labelledby="signup-title"
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        create.mutate(values)
      }}
    >
      <h2 id="signup-title">Create your account</h2>
      <FieldErrors error={create.error} labels={LABELS} />
      {field('name', 'text')}
      {field('email', 'email')}
      <div>
        <button type="submit" className="rae-button rae-button--primary">
          Create account
        </button>
      </div>
      {create.isSuccess && <p role="status">Welcome aboard, {create.data.name}!</p>}
    </form>
  )
}

const meta = {
  title: 'Flows/Validation errors',
  tags: ['!autodocs'],
  render: () => (
    <QueryFlow>
      <SignUpForm />
    </QueryFlow>
  ),
  parameters: { msw: { handlers: { validation: handlers } } },
} satisfies Meta

export default meta

/** 422 with field errors → each field is marked with the server's reason, a summary lists them → fix → the account is created. */
export const FixedAndResubmitted: StoryObj = {
  play: async ({ canvasElement, globals, step, userEvent }) => {
    const canvas = within(canvasElement)
    const catalog = catalogFor(globals.locale)
    const name = canvas.getByLabelText('Name')
    const email = canvas.getByLabelText('Email')

    await step('the server rejects two fields: both are marked and listed', async () => {
      await userEvent.type(name, 'A')
      await userEvent.type(email, 'taken@example.com')
      await userEvent.click(canvas.getByRole('button', { name: 'Create account' }))
      const summary = await canvas.findByRole('alert', {
        name: formatMessage(catalog.fieldErrorsTitle, { count: 2 }, catalog.locale),
      })
      await expect(
        within(summary)
          .getAllByRole('listitem')
          .map((item) => item.textContent),
      ).toEqual(['Name: must be at least 2 characters', 'Email: is already registered'])
      await expect(name).toHaveAttribute('aria-invalid', 'true')
      await expect(name).toHaveAccessibleDescription('must be at least 2 characters')
      await expect(email).toHaveAccessibleDescription('is already registered')
      // What the user typed is still there to correct.
      await expect(email).toHaveValue('taken@example.com')
    })

    await step('the corrected form is accepted', async () => {
      await userEvent.clear(name)
      await userEvent.type(name, 'Ada Lovelace')
      await userEvent.clear(email)
      await userEvent.type(email, 'ada@example.com')
      await userEvent.click(canvas.getByRole('button', { name: 'Create account' }))
      await expect(await canvas.findByRole('status')).toHaveTextContent('Welcome aboard, Ada Lovelace!')
      await expect(canvas.queryByRole('alert')).not.toBeInTheDocument()
      await expect(name).not.toHaveAttribute('aria-invalid')
      await expect(server.latest().state.accounts).toEqual([{ name: 'Ada Lovelace', email: 'ada@example.com' }])
    })
  },
}
