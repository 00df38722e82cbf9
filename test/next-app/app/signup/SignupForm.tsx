'use client'
import { useActionState } from 'react'
import { ErrorBanner, getFieldError } from 'react-api-errors'
import { signUp } from './actions'

export function SignupForm() {
  const [state, action, pending] = useActionState(signUp, { email: '' })
  const emailError = getFieldError(state.error, 'email')
  return (
    <form action={action}>
      <ErrorBanner error={state.error} />
      <label htmlFor="email">Email</label>
      {/* React resets a form after its action: defaultValue from the state brings the input back. */}
      <input
        id="email"
        name="email"
        type="email"
        defaultValue={state.email}
        aria-invalid={emailError ? true : undefined}
        aria-describedby={emailError ? 'email-error' : undefined}
      />
      {emailError && <p id="email-error">{emailError}</p>}
      <button type="submit" disabled={pending}>
        Sign up
      </button>
      {state.done && <p role="status">Welcome aboard.</p>}
    </form>
  )
}
