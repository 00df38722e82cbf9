import { useMutation } from '@tanstack/react-query'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { useState } from 'react'
import { expect, waitFor, within } from 'storybook/test'
import { ErrorBanner, ReauthDialog, createApiFetch, createAuthCoordinator } from '../../index.js'
import { catalogFor } from '../support/globals.js'
import { createStoryFetch } from '../support/mockApi.js'
import { QueryFlow } from '../support/QueryFlow.js'
import { StoryProvider } from '../support/StoryProvider.js'
import { EXPIRED, FRESH, NOTES, handlers, server } from './SessionExpired.mock.js'

/** What an app sets up once: one fetch, one token store, one auth coordinator shared by every request. */
function useApi() {
  const [api] = useState(() => {
    const fetch = createStoryFetch()
    const tokens = { current: EXPIRED }
    const plain = createApiFetch({ fetch })
    const auth = createAuthCoordinator({ refresh: () => plain('/api/flows/session/refresh', { method: 'POST' }) })
    const apiFetch = createApiFetch({ fetch, auth, getAccessToken: () => tokens.current })
    const signIn = async () => {
      const response = await plain('/api/flows/session/sign-in', { method: 'POST' })
      tokens.current = ((await response.json()) as { token: string }).token
      return true
    }
    return { auth, apiFetch, signIn }
  })
  return api
}

function NoteEditor() {
  const { auth, apiFetch, signIn } = useApi()
  const [text, setText] = useState('')
  const save = useMutation({
    mutationFn: async (note: string) => {
      const response = await apiFetch(NOTES, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text: note }),
      })
      return (await response.json()) as { id: string; text: string }
    },
  })
  return (
    <StoryProvider auth={auth}>
      <main>
        <form
          className="sb-flow"
          aria-labelledby="note-title"
          onSubmit={(event) => {
            event.preventDefault()
            save.mutate(text)
          }}
        >
          <h2 id="note-title">New note</h2>
          <label htmlFor="note-text">Note</label>
          <textarea id="note-text" rows={3} value={text} onChange={(event) => setText(event.target.value)} />
          <div>
            <button type="submit" className="rae-button rae-button--primary" disabled={save.isPending}>
              Save note
            </button>
          </div>
          {save.isSuccess && <p role="status">Saved “{save.data.text}”</p>}
          <ErrorBanner error={save.error} />
        </form>
      </main>
      {/* Mounted once: opens while the coordinator waits for the user, and resumes the request after sign-in. */}
      <ReauthDialog onSignIn={signIn} />
    </StoryProvider>
  )
}

const meta = {
  title: 'Flows/Session expired',
  tags: ['!autodocs'],
  render: () => (
    <QueryFlow>
      <NoteEditor />
    </QueryFlow>
  ),
  parameters: { msw: { handlers: { sessionExpired: handlers } } },
} satisfies Meta

export default meta

const NOTE = 'Call the venue about Friday’s booking'

/** 401 → the refresh fails → the sign-in dialog opens over the form → sign in → the same request is replayed once and saved. */
export const ReplayedAfterSignIn: StoryObj = {
  play: async ({ canvasElement, globals, step, userEvent }) => {
    const canvas = within(canvasElement)
    const catalog = catalogFor(globals.locale)

    await step('write a note and save it with an expired session', async () => {
      await userEvent.type(canvas.getByLabelText('Note'), NOTE)
      await userEvent.click(canvas.getByRole('button', { name: 'Save note' }))
    })

    await step('the sign-in dialog opens; the form keeps its input', async () => {
      const dialog = await canvas.findByRole('dialog', { name: catalog.reauth.title })
      await expect(dialog).toHaveAttribute('aria-modal', 'true')
      await expect(canvas.getByLabelText('Note')).toHaveValue(NOTE)
      await userEvent.click(within(dialog).getByRole('button', { name: catalog.reauth.signIn }))
    })

    await step('the request is replayed with the new token and saves the same input, once', async () => {
      await expect(await canvas.findByRole('status')).toHaveTextContent(`Saved “${NOTE}”`)
      await expect(canvas.queryByRole('dialog')).not.toBeInTheDocument()
      await expect(canvas.getByLabelText('Note')).toHaveValue(NOTE)
      const { received, state } = server.latest()
      const attempts = received.filter((request) => request.path === NOTES)
      await expect(attempts.map((request) => request.authorization)).toEqual([`Bearer ${EXPIRED}`, `Bearer ${FRESH}`])
      await expect(attempts.map((request) => request.body)).toEqual([{ text: NOTE }, { text: NOTE }])
      await expect(state.saved).toEqual([{ text: NOTE }])
      await expect(canvas.queryByRole('alert')).not.toBeInTheDocument()
    })
  },
}

/** Cancel instead of signing in: the waiting request fails as Unauthorized, and the note is still in the form. */
export const SignInCancelled: StoryObj = {
  play: async ({ canvasElement, globals, userEvent }) => {
    const canvas = within(canvasElement)
    const catalog = catalogFor(globals.locale)
    await userEvent.type(canvas.getByLabelText('Note'), NOTE)
    await userEvent.click(canvas.getByRole('button', { name: 'Save note' }))
    const dialog = await canvas.findByRole('dialog', { name: catalog.reauth.title })
    await userEvent.click(within(dialog).getByRole('button', { name: catalog.reauth.cancel }))

    const banner = await canvas.findByRole('alert')
    await expect(banner).toHaveAttribute('data-type', 'Unauthorized')
    await expect(canvas.queryByRole('dialog')).not.toBeInTheDocument()
    await expect(canvas.getByLabelText('Note')).toHaveValue(NOTE)
    await expect(server.latest().state.saved).toEqual([])
  },
}

/** Every element that took focus from now on, and whether the browser drew its focus ring. */
function recordFocus() {
  const seen: { element: Element; ring: boolean }[] = []
  const listener = (event: FocusEvent) => {
    if (event.target instanceof Element)
      seen.push({ element: event.target, ring: event.target.matches(':focus-visible') })
  }
  document.addEventListener('focusin', listener)
  return { seen, stop: () => document.removeEventListener('focusin', listener) }
}

type Close = 'signIn' | 'cancel' | 'escape'

function focusBack(close: Close): StoryObj {
  return {
    play: async ({ canvasElement, globals, userEvent }) => {
      const canvas = within(canvasElement)
      const catalog = catalogFor(globals.locale)
      await userEvent.type(canvas.getByLabelText('Note'), NOTE)
      const save = canvas.getByRole('button', { name: 'Save note' })
      await userEvent.click(save)
      const dialog = await canvas.findByRole('dialog', { name: catalog.reauth.title })
      const focus = recordFocus()
      try {
        if (close === 'escape') await userEvent.keyboard('{Escape}')
        else await userEvent.click(within(dialog).getByRole('button', { name: catalog.reauth[close] }))
        await waitFor(() => expect(canvas.queryByRole('dialog')).not.toBeInTheDocument())
        await waitFor(() => expect(save).toBeEnabled())
        await waitFor(() => expect(save).toHaveFocus())
        const main = canvasElement.querySelector('main')!
        await expect(focus.seen.filter(({ element, ring }) => element === main && ring)).toEqual([])
      } finally {
        focus.stop()
      }
    },
  }
}

/** A Save button disabled while its request runs gets focus back after sign-in, once enabled again. */
export const FocusBackAfterSignIn = focusBack('signIn')
/** The same after Cancel. */
export const FocusBackAfterCancel = focusBack('cancel')
/** The same after Escape. */
export const FocusBackAfterEscape = focusBack('escape')
