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

type Context = Parameters<NonNullable<StoryObj['play']>>[0]

/** A note saved with an expired session: the refresh fails and the sign-in dialog opens over the form, which keeps its input. */
async function dialogOpen({ canvasElement, globals, userEvent }: Context) {
  const canvas = within(canvasElement)
  const catalog = catalogFor(globals.locale)
  await userEvent.type(canvas.getByLabelText('Note'), NOTE)
  await userEvent.click(canvas.getByRole('button', { name: 'Save note' }))
  const dialog = await canvas.findByRole('dialog', { name: catalog.reauth.title })
  await expect(dialog).toBeVisible()
  await expect(dialog.matches(':modal')).toBe(true)
  await expect(canvas.getByLabelText('Note')).toHaveValue(NOTE)
  return { canvas, catalog, dialog }
}

/*
 * The flow one state per story, so a visitor can step through it in the sidebar (each story stops
 * where its play function ends): 1. the dialog over the form, 2. signed in and saved.
 */

/** 1 — 401 → the refresh fails → the sign-in dialog opens over the form, and stays until the user answers it. */
export const DialogOverTheForm: StoryObj = {
  name: '1. Session expired: the sign-in dialog',
  play: async (context) => {
    const { canvas, dialog } = await dialogOpen(context)
    await expect(
      within(dialog).getByRole('button', { name: catalogFor(context.globals.locale).reauth.signIn }),
    ).toHaveFocus()
    // Nothing is saved and nothing failed yet: the request waits for the user.
    await expect(server.latest().state.saved).toEqual([])
    await expect(canvas.queryByRole('alert')).not.toBeInTheDocument()
  },
}

/** 2 — Sign in → the same request is replayed once, with the new token, and saved. */
export const ReplayedAfterSignIn: StoryObj = {
  name: '2. Signed in: the same note saved once',
  play: async (context) => {
    const { canvas, catalog, dialog } = await dialogOpen(context)
    await context.userEvent.click(within(dialog).getByRole('button', { name: catalog.reauth.signIn }))
    await context.step('the request is replayed with the new token and saves the same input, once', async () => {
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
  name: '2. Cancelled: the request fails, the note stays',
  play: async (context) => {
    const { canvas, catalog, dialog } = await dialogOpen(context)
    await context.userEvent.click(within(dialog).getByRole('button', { name: catalog.reauth.cancel }))

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
