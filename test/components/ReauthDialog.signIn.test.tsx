import { act, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApiErrorProvider, ReauthDialog, createApiFetch, createAuthCoordinator, en } from '../../src/index.js'
import fr from '../../src/messages/locales/fr.js'

/**
 * A coordinator with nothing to refresh; `wait()` (once the dialog is mounted) puts one request
 * waiting on it, so it waits for the user and the dialog opens.
 */
function waitingForSignIn() {
  const auth = createAuthCoordinator()
  let outcome: Promise<boolean> | undefined
  const wait = async () => {
    await act(async () => {
      outcome = auth.reauthenticate()
    })
    return { outcome: outcome! }
  }
  return { auth, wait }
}

const unhandled: unknown[] = []
const onUnhandled = (reason: unknown) => unhandled.push(reason)
afterEach(() => {
  process.off('unhandledRejection', onUnhandled)
  unhandled.length = 0
})

describe('ReauthDialog: a sign-in that fails or is clicked twice', () => {
  it('a rejected onSignIn (the popup was closed) stays open, says so, and is no unhandled rejection', async () => {
    process.on('unhandledRejection', onUnhandled)
    const user = userEvent.setup()
    const { auth, wait } = waitingForSignIn()
    const onSignIn = vi.fn().mockRejectedValueOnce(new Error('popup_closed_by_user')).mockResolvedValueOnce(true)
    render(
      <ApiErrorProvider auth={auth}>
        <ReauthDialog onSignIn={onSignIn} />
      </ApiErrorProvider>,
    )
    await wait()
    await user.click(await screen.findByRole('button', { name: en.reauth.signIn }))
    expect(await screen.findByRole('alert')).toHaveTextContent(en.reauth.failed)
    expect(screen.getByRole('dialog', { name: en.reauth.title })).toBeInTheDocument()
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)))
    expect(unhandled).toEqual([])

    // The user tries again: this time it works and the dialog closes.
    await user.click(screen.getByRole('button', { name: en.reauth.signIn }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(onSignIn).toHaveBeenCalledTimes(2)
  })

  it('a double click starts one sign-in; while it runs the button is busy, disabled and still reads "Sign in"', async () => {
    const user = userEvent.setup()
    const { auth, wait } = waitingForSignIn()
    let finish!: (ok: boolean) => void
    const onSignIn = vi.fn(() => new Promise<boolean>((resolve) => (finish = resolve)))
    render(
      <ApiErrorProvider auth={auth}>
        <ReauthDialog onSignIn={onSignIn} />
      </ApiErrorProvider>,
    )
    const { outcome } = await wait()
    const button = await screen.findByRole('button', { name: en.reauth.signIn })
    await user.dblClick(button)
    await user.click(button)
    expect(onSignIn).toHaveBeenCalledTimes(1)
    expect(button).toHaveAttribute('aria-busy', 'true')
    expect(button).toHaveAttribute('aria-disabled', 'true')
    expect(button).toHaveAccessibleName(en.reauth.signIn)
    expect(button).toHaveFocus()
    await act(async () => finish(true))
    await expect(outcome).resolves.toBe(true)
    expect(onSignIn).toHaveBeenCalledTimes(1)
  })

  it('says it in French too', async () => {
    const user = userEvent.setup()
    const { auth, wait } = waitingForSignIn()
    render(
      <ApiErrorProvider auth={auth} messages={fr}>
        <ReauthDialog onSignIn={() => Promise.reject(new Error('closed'))} />
      </ApiErrorProvider>,
    )
    await wait()
    await user.click(await screen.findByRole('button', { name: fr.reauth.signIn }))
    expect(await screen.findByRole('alert')).toHaveTextContent(fr.reauth.failed)
  })
})

describe('ReauthDialog: handing over to the app’s own sign-in', () => {
  it('the provider’s onSignIn closes the dialog; the request waits for completeSignIn, and the next wait opens it again', async () => {
    const user = userEvent.setup()
    const { auth, wait } = waitingForSignIn()
    const onSignIn = vi.fn()
    render(
      <ApiErrorProvider auth={auth} onSignIn={onSignIn}>
        <ReauthDialog />
      </ApiErrorProvider>,
    )
    const first = await wait()
    await user.click(await screen.findByRole('button', { name: en.reauth.signIn }))
    expect(onSignIn).toHaveBeenCalledExactlyOnceWith(null)
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(auth.getSnapshot().status).toBe('awaiting-sign-in')
    act(() => auth.completeSignIn(true))
    await expect(first.outcome).resolves.toBe(true)

    const second = await wait()
    expect(await screen.findByRole('dialog', { name: en.reauth.title })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: en.reauth.signIn }))
    act(() => auth.completeSignIn(false))
    await expect(second.outcome).resolves.toBe(false)
  })

  it('with no way to sign in (no onSignIn, no links.signIn), offers no Sign in button that would do nothing', async () => {
    const { auth, wait } = waitingForSignIn()
    render(
      <ApiErrorProvider auth={auth} links={{ signIn: 'javascript:alert(1)' }}>
        <ReauthDialog />
      </ApiErrorProvider>,
    )
    const { outcome } = await wait()
    const dialog = await screen.findByRole('dialog', { name: en.reauth.title })
    expect(screen.queryByText(en.reauth.signIn)).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: en.reauth.cancel })).toHaveFocus()
    await userEvent.click(screen.getByRole('button', { name: en.reauth.cancel }))
    await expect(outcome).resolves.toBe(false)
    expect(dialog).not.toBeInTheDocument()
  })
})

describe('ReauthDialog: where focus returns', () => {
  /** An in-memory API whose /notes needs the renewed token. */
  function backend() {
    let valid = 'fresh'
    const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init)
      if (request.headers.get('authorization') !== `Bearer ${valid}`)
        return Response.json({ type: 'Unauthorized' }, { status: 401 })
      return Response.json({ ok: true })
    }
    return { fetch, rotate: (token: string) => (valid = token) }
  }

  it('a Save button disabled while pending gets focus back once it is enabled again, not <body>', async () => {
    const user = userEvent.setup()
    const api = backend()
    const token = { current: 'stale' }
    const auth = createAuthCoordinator({ refresh: () => Promise.reject(new Error('refresh token expired')) })
    const apiFetch = createApiFetch({
      baseUrl: 'https://api.test',
      fetch: api.fetch,
      auth,
      getAccessToken: () => token.current,
    })
    function SaveForm() {
      const [pending, setPending] = useState(false)
      const [status, setStatus] = useState('')
      const save = () => {
        setPending(true)
        apiFetch('/notes', { method: 'POST', body: '{}' })
          .then(() => setStatus('Saved'))
          .finally(() => setPending(false))
      }
      return (
        <main>
          <button type="button" onClick={save} disabled={pending}>
            Save
          </button>
          <p>{status}</p>
        </main>
      )
    }
    render(
      <ApiErrorProvider auth={auth}>
        <SaveForm />
        <ReauthDialog
          onSignIn={async () => {
            api.rotate('renewed')
            token.current = 'renewed'
            return true
          }}
        />
      </ApiErrorProvider>,
    )
    const save = screen.getByRole('button', { name: 'Save' })
    await user.click(save)
    await user.click(await screen.findByRole('button', { name: en.reauth.signIn }))
    await screen.findByText('Saved')
    await waitFor(() => expect(save).toHaveFocus())
  })

  it('falls back to the main landmark when nothing was focused before it opened', async () => {
    const user = userEvent.setup()
    const { auth, wait } = waitingForSignIn()
    render(
      <ApiErrorProvider auth={auth}>
        <main aria-label="Page">
          <p>Content</p>
        </main>
        <ReauthDialog onSignIn={async () => true} />
      </ApiErrorProvider>,
    )
    await wait()
    await user.click(await screen.findByRole('button', { name: en.reauth.cancel }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(screen.getByRole('main', { name: 'Page' })).toHaveFocus()
  })
})
