import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import {
  ApiErrorProvider,
  ReauthDialog,
  createApiFetch,
  createAuthCoordinator,
  en,
  isApiError,
} from '../../src/index.js'

/** An in-memory API: `/notes` needs the current token; the refresh endpoint is down. */
function createBackend() {
  let validToken = 'fresh'
  const saved: unknown[] = []
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init)
    if (request.headers.get('authorization') !== `Bearer ${validToken}`)
      return Response.json({ type: 'Unauthorized', code: 401, message: 'expired' }, { status: 401 })
    saved.push(await request.json())
    return Response.json({ ok: true })
  }
  return { fetch, saved, rotate: (token: string) => (validToken = token) }
}

function NoteForm({ save }: { save: (text: string) => Promise<unknown> }) {
  const [text, setText] = useState('')
  const [status, setStatus] = useState('')
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault()
        save(text).then(
          () => setStatus('Saved'),
          (error: unknown) => setStatus(isApiError(error) ? `Failed: ${error.type}` : 'Failed'),
        )
      }}
    >
      <label>
        Note <input value={text} onChange={(event) => setText(event.target.value)} />
      </label>
      <button type="submit">Save</button>
      <p>{status}</p>
    </form>
  )
}

function setup(token: { current: string }) {
  const backend = createBackend()
  const auth = createAuthCoordinator({ refresh: () => Promise.reject(new Error('refresh token expired')) })
  const apiFetch = createApiFetch({
    baseUrl: 'https://api.test',
    fetch: backend.fetch,
    auth,
    getAccessToken: () => token.current,
  })
  const save = (text: string) =>
    apiFetch('/notes', {
      method: 'POST',
      body: JSON.stringify({ text }),
      headers: { 'content-type': 'application/json' },
    })
  return { backend, auth, save }
}

describe('ReauthDialog', () => {
  it('resumes the waiting request after sign-in, with the form input kept', async () => {
    const user = userEvent.setup()
    const token = { current: 'stale' }
    const { backend, auth, save } = setup(token)
    const onSignIn = vi.fn(async () => {
      backend.rotate('new-session')
      token.current = 'new-session'
      return true
    })
    render(
      <ApiErrorProvider auth={auth}>
        <NoteForm save={save} />
        <ReauthDialog onSignIn={onSignIn} />
      </ApiErrorProvider>,
    )
    await user.type(screen.getByLabelText('Note'), 'Buy milk')
    const submit = screen.getByRole('button', { name: 'Save' })
    await user.click(submit)

    const dialog = await screen.findByRole('dialog', { name: en.reauth.title })
    expect(dialog).toHaveAttribute('aria-modal', 'true')
    expect(dialog).toHaveAccessibleDescription(en.reauth.description)
    expect(screen.getByRole('button', { name: en.reauth.signIn })).toHaveFocus()
    expect(screen.getByLabelText('Note')).toHaveValue('Buy milk')

    await user.click(screen.getByRole('button', { name: en.reauth.signIn }))
    await screen.findByText('Saved')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(backend.saved).toEqual([{ text: 'Buy milk' }])
    expect(screen.getByLabelText('Note')).toHaveValue('Buy milk')
    expect(onSignIn).toHaveBeenCalledTimes(1)
  })

  it('Escape fails the waiting request as Unauthorized and returns focus', async () => {
    const user = userEvent.setup()
    const { auth, save, backend } = setup({ current: 'stale' })
    render(
      <ApiErrorProvider auth={auth}>
        <NoteForm save={save} />
        <ReauthDialog onSignIn={async () => true} />
      </ApiErrorProvider>,
    )
    await user.type(screen.getByLabelText('Note'), 'x')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    await screen.findByRole('dialog')
    await user.keyboard('{Escape}')
    await screen.findByText('Failed: Unauthorized')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Save' })).toHaveFocus()
    expect(backend.saved).toEqual([])
  })

  it('traps focus: Tab and Shift+Tab cycle inside the dialog', async () => {
    const user = userEvent.setup()
    const { auth, save } = setup({ current: 'stale' })
    render(
      <ApiErrorProvider auth={auth}>
        <NoteForm save={save} />
        <ReauthDialog onSignIn={async () => false} />
      </ApiErrorProvider>,
    )
    await user.click(screen.getByRole('button', { name: 'Save' }))
    await screen.findByRole('dialog')
    const signIn = screen.getByRole('button', { name: en.reauth.signIn })
    const cancel = screen.getByRole('button', { name: en.reauth.cancel })
    expect(signIn).toHaveFocus()
    await user.tab()
    expect(cancel).toHaveFocus()
    await user.tab()
    expect(signIn).toHaveFocus()
    await user.tab({ shift: true })
    expect(cancel).toHaveFocus()
    // A sign-in that fails keeps the dialog open.
    await user.click(signIn)
    await waitFor(() => expect(signIn).toBeEnabled())
    expect(screen.getByRole('dialog')).toBeInTheDocument()
    await user.click(cancel)
    await screen.findByText('Failed: Unauthorized')
  })

  it('stays closed while nothing waits, and explains how to fix a missing coordinator', () => {
    const auth = createAuthCoordinator({ refresh: async () => 'token' })
    const { container } = render(
      <ApiErrorProvider auth={auth}>
        <ReauthDialog />
      </ApiErrorProvider>,
    )
    expect(container).toBeEmptyDOMElement()
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    expect(() => render(<ReauthDialog />)).toThrow(/ApiErrorProvider auth=/)
  })
})
