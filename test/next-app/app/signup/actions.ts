'use server'
import { isApiError } from 'react-api-errors/core'
import type { ApiErrorJSON } from 'react-api-errors/core'
import { apiFetch } from '../../lib/api'

export interface SignupState {
  email: string
  error?: ApiErrorJSON
  done?: boolean
}

export async function signUp(_previous: SignupState, form: FormData): Promise<SignupState> {
  const email = String(form.get('email') ?? '')
  try {
    await apiFetch('/signups', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email }),
    })
    return { email, done: true }
  } catch (error) {
    if (!isApiError(error)) throw error
    return { email, error: error.toJSON() }
  }
}
