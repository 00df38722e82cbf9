import type { Meta, StoryObj } from '@storybook/react-vite'
import { useEffect, useState } from 'react'
import type { ReactNode } from 'react'
import type { ApiErrorProviderProps } from '../../index.js'
import { expect, fn, waitFor, within } from 'storybook/test'
import { ReauthDialog, createAuthCoordinator } from '../../index.js'
import { catalogFor } from '../../stories/support/globals.js'
import { StoryProvider } from '../../stories/support/StoryProvider.js'
import { kitStylesheetApplies, withoutStylesheet } from '../../stories/support/withoutStylesheet.js'

interface DialogArgs {
  onSignIn: () => boolean | Promise<boolean>
  /** The provider's `onSignIn`, beside the dialog's own. */
  providerOnSignIn?: () => void
  children?: ReactNode
}

const REPLAYED = 'Signed in: the waiting request was replayed.'
const FAILED = 'Sign-in cancelled: the waiting request failed.'

/** One request waiting on `auth` from the first render, and what became of it. */
function useWaitingRequest(auth: ReturnType<typeof createAuthCoordinator>) {
  const [outcome, setOutcome] = useState<string>()
  useEffect(() => {
    void auth.reauthenticate().then((ok) => setOutcome(ok ? REPLAYED : FAILED))
  }, [auth])
  return outcome
}

/**
 * A coordinator with nothing to refresh, and a request waiting on it: with the dialog mounted, the
 * coordinator waits for the user (`awaiting-sign-in`), so the dialog is open.
 */
function AwaitingSignIn({ onSignIn, providerOnSignIn, children }: DialogArgs) {
  const [auth] = useState(() => createAuthCoordinator())
  const outcome = useWaitingRequest(auth)
  return (
    <StoryProvider auth={auth} onSignIn={providerOnSignIn}>
      <p data-testid="page">The page stays as it was under the dialog.</p>
      {outcome && <p role="status">{outcome}</p>}
      <ReauthDialog onSignIn={onSignIn}>{children}</ReauthDialog>
    </StoryProvider>
  )
}

const meta = {
  title: 'Components/ReauthDialog',
  component: ReauthDialog,
  render: (args) => <AwaitingSignIn {...args} />,
  args: { onSignIn: fn(() => true) },
  parameters: {
    docs: {
      description: {
        component:
          'Mounted once at the app root; opens while the auth coordinator waits for the user to sign in again. Sign in replays the waiting requests; Escape or Cancel fails them. Focus moves into the dialog and back.',
      },
    },
  },
} satisfies Meta<DialogArgs>

export default meta
type Story = StoryObj<DialogArgs>

/** Open: a request got a 401 and the refresh could not help. */
export const Open: Story = {
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement)
    const catalog = catalogFor(globals.locale)
    const dialog = await canvas.findByRole('dialog', { name: catalog.reauth.title })
    await expect(dialog).toHaveAccessibleDescription(catalog.reauth.description)
    await expect(within(dialog).getByRole('button', { name: catalog.reauth.signIn })).toHaveFocus()
    await expect(dialog.matches(':modal')).toBe(true)
  },
}

/** Open, with the app's own sign-in form inside. */
export const WithSignInForm: Story = {
  tags: ['!autodocs'],
  args: {
    children: (
      <div className="sb-flow">
        <label htmlFor="reauth-email">Email</label>
        <input id="reauth-email" type="email" autoComplete="username" defaultValue="ada@example.com" />
        <label htmlFor="reauth-password">Password</label>
        <input id="reauth-password" type="password" autoComplete="current-password" />
      </div>
    ),
  },
  play: async ({ canvasElement, globals }) => {
    const dialog = await within(canvasElement).findByRole('dialog', { name: catalogFor(globals.locale).reauth.title })
    await expect(within(dialog).getByLabelText('Email')).toHaveFocus()
    await expect(within(dialog).getByLabelText('Password')).toBeInTheDocument()
  },
}

/** Signed in: the dialog closes and the waiting request goes on. */
export const SignedIn: Story = {
  tags: ['!autodocs'],
  play: async ({ canvasElement, globals, args, userEvent }) => {
    const canvas = within(canvasElement)
    const catalog = catalogFor(globals.locale)
    const dialog = await canvas.findByRole('dialog', { name: catalog.reauth.title })
    await userEvent.click(within(dialog).getByRole('button', { name: catalog.reauth.signIn }))
    await expect(await canvas.findByRole('status')).toHaveTextContent(REPLAYED)
    await expect(args.onSignIn).toHaveBeenCalledOnce()
    await expect(canvas.queryByRole('dialog')).not.toBeInTheDocument()
  },
}

/** Both given: the dialog's own `onSignIn` signs in; the provider's is not called as well. */
export const OwnSignInBeforeTheProviders: Story = {
  tags: ['!autodocs'],
  args: { providerOnSignIn: fn() },
  play: async ({ canvasElement, globals, args, userEvent }) => {
    const canvas = within(canvasElement)
    const catalog = catalogFor(globals.locale)
    const dialog = await canvas.findByRole('dialog', { name: catalog.reauth.title })
    await userEvent.click(within(dialog).getByRole('button', { name: catalog.reauth.signIn }))
    await expect(await canvas.findByRole('status')).toHaveTextContent(REPLAYED)
    await expect(args.onSignIn).toHaveBeenCalledOnce()
    await expect(args.providerOnSignIn).not.toHaveBeenCalled()
  },
}

/** Cancelled with the Cancel button: the dialog closes and the waiting request fails. */
export const CancelledWithTheButton: Story = {
  tags: ['!autodocs'],
  play: async ({ canvasElement, globals, args, userEvent }) => {
    const canvas = within(canvasElement)
    const catalog = catalogFor(globals.locale)
    const dialog = await canvas.findByRole('dialog', { name: catalog.reauth.title })
    await userEvent.click(within(dialog).getByRole('button', { name: catalog.reauth.cancel }))
    await expect(await canvas.findByRole('status')).toHaveTextContent(FAILED)
    await expect(args.onSignIn).not.toHaveBeenCalled()
    await expect(canvas.queryByRole('dialog')).not.toBeInTheDocument()
  },
}

/** Cancelled with Escape: the dialog closes and the waiting request fails. */
export const Cancelled: Story = {
  tags: ['!autodocs'],
  play: async ({ canvasElement, globals, args, userEvent }) => {
    const canvas = within(canvasElement)
    await canvas.findByRole('dialog', { name: catalogFor(globals.locale).reauth.title })
    await userEvent.keyboard('{Escape}')
    await expect(await canvas.findByRole('status')).toHaveTextContent(FAILED)
    await expect(args.onSignIn).not.toHaveBeenCalled()
    await expect(canvas.queryByRole('dialog')).not.toBeInTheDocument()
  },
}

/**
 * Modal without the stylesheet too: a native `<dialog>` opened with showModal() sits in the top
 * layer over the page (not inline at its bottom), the page behind it is inert, and Escape works
 * even when focus has left the dialog.
 */
export const ModalWithoutStylesheet: Story = {
  tags: ['!autodocs'],
  beforeEach: withoutStylesheet,
  play: async ({ canvasElement, globals, args }) => {
    const canvas = within(canvasElement)
    const catalog = catalogFor(globals.locale)
    const dialog = await canvas.findByRole('dialog', { name: catalog.reauth.title })
    await expect(kitStylesheetApplies()).toBe(false)
    await expect(dialog.matches(':modal')).toBe(true)
    // The page is inert: a click at the page's text lands on the dialog's backdrop, not on the page.
    const page = canvas.getByTestId('page').getBoundingClientRect()
    const hit = document.elementFromPoint(page.left + 2, page.top + page.height / 2)
    await expect(hit).toBe(dialog)
    // Centred in the viewport by the browser, not laid out after the page.
    const box = dialog.getBoundingClientRect()
    await expect(Math.abs(box.left + box.width / 2 - window.innerWidth / 2)).toBeLessThan(2)
    // With focus outside the dialog, Escape reaches it as the browser's `cancel` event: that cancels too.
    ;(document.activeElement as HTMLElement | null)?.blur()
    dialog.dispatchEvent(new Event('cancel', { cancelable: true }))
    await expect(await canvas.findByRole('status')).toHaveTextContent(FAILED)
    await expect(args.onSignIn).not.toHaveBeenCalled()
    await expect(canvas.queryByRole('dialog')).not.toBeInTheDocument()
  },
}

/** A sign-in that fails (the user closed the popup): the dialog stays open and says so. */
export const SignInFailed: Story = {
  tags: ['!autodocs'],
  args: { onSignIn: fn(() => Promise.reject(new Error('popup_closed_by_user'))) },
  play: async ({ canvasElement, globals, userEvent }) => {
    const canvas = within(canvasElement)
    const catalog = catalogFor(globals.locale)
    const dialog = await canvas.findByRole('dialog', { name: catalog.reauth.title })
    await userEvent.click(within(dialog).getByRole('button', { name: catalog.reauth.signIn }))
    await expect(await within(dialog).findByRole('alert')).toHaveTextContent(catalog.reauth.failed)
    await expect(dialog.matches(':modal')).toBe(true)
  },
}

/** A sign-in that resolves false (the user closed your popup): the dialog stays open, nothing fails. */
export const SignInDeclined: Story = {
  tags: ['!autodocs'],
  args: { onSignIn: fn(() => false) },
  play: async ({ canvasElement, globals, args, userEvent }) => {
    const canvas = within(canvasElement)
    const catalog = catalogFor(globals.locale)
    const dialog = await canvas.findByRole('dialog', { name: catalog.reauth.title })
    await userEvent.click(within(dialog).getByRole('button', { name: catalog.reauth.signIn }))
    await expect(args.onSignIn).toHaveBeenCalledOnce()
    await expect(dialog.matches(':modal')).toBe(true)
    await expect(canvas.queryByRole('status')).not.toBeInTheDocument()
  },
}

/** The app's own sign-in page, as a router would show it instead of the app. */
function SignInPage({ onDone }: { onDone: (ok: boolean) => void }) {
  return (
    <main aria-labelledby="sign-in-page">
      <h2 id="sign-in-page">Sign-in page</h2>
      <form
        className="sb-flow"
        onSubmit={(event) => {
          event.preventDefault()
          onDone(true)
        }}
      >
        <label htmlFor="sign-in-email">Email</label>
        {/* A sign-in page focuses its first field. */}
        <input id="sign-in-email" type="email" autoComplete="username" autoFocus />
        <div>
          <button type="submit" className="rae-button rae-button--primary">
            Continue
          </button>{' '}
          <button type="button" className="rae-button" onClick={() => onDone(false)}>
            Back to the app
          </button>
        </div>
      </form>
    </main>
  )
}

/**
 * The README's setup: `<ReauthDialog />` with no `onSignIn` of its own, and a provider whose
 * `onSignIn` (or `links.signIn`) goes to the app's sign-in page. The sign-in page calls
 * `auth.completeSignIn(ok)` when done.
 */
function SignInElsewhere({ how }: { how: 'callback' | 'link' }) {
  const [auth] = useState(() => createAuthCoordinator())
  const outcome = useWaitingRequest(auth)
  const [route, setRoute] = useState<'app' | 'sign-in'>('app')
  const toSignIn: Partial<ApiErrorProviderProps> =
    how === 'callback' ? { onSignIn: () => setRoute('sign-in') } : { links: { signIn: '/sign-in' } }
  // A router's link handling: a same-site link changes the route, not the document.
  const followLinks = (event: { target: EventTarget; preventDefault(): void }) => {
    if (event.target instanceof Element && event.target.closest('a[href="/sign-in"]')) {
      event.preventDefault()
      setRoute('sign-in')
    }
  }
  return (
    <StoryProvider auth={auth} {...toSignIn}>
      <div onClickCapture={followLinks}>
        {route === 'sign-in' ? (
          <SignInPage
            onDone={(ok) => {
              auth.completeSignIn(ok)
              setRoute('app')
            }}
          />
        ) : (
          <main aria-label="App">
            <p>The app, with a request waiting for the user.</p>
            {outcome && <p role="status">{outcome}</p>}
          </main>
        )}
        <ReauthDialog />
      </div>
    </StoryProvider>
  )
}

/** Sign in hands over to the provider's `onSignIn`: the dialog closes, the sign-in page is usable, and the request waits. */
async function handOver(
  canvasElement: HTMLElement,
  locale: unknown,
  userEvent: { click(element: Element): Promise<void> },
) {
  const canvas = within(canvasElement)
  const catalog = catalogFor(locale)
  const dialog = await canvas.findByRole('dialog', { name: catalog.reauth.title })
  const signIn = within(dialog).getByText(catalog.reauth.signIn)
  await userEvent.click(signIn)
  await waitFor(() => expect(canvas.queryByRole('dialog')).not.toBeInTheDocument())
  await expect(document.querySelector(':modal')).toBeNull()
  const email = canvas.getByLabelText('Email')
  // Nothing of the dialog is left over the page: the sign-in page's field keeps its focus and takes clicks.
  await expect(email).toHaveFocus()
  const box = email.getBoundingClientRect()
  await expect(document.elementFromPoint(box.left + 4, box.top + box.height / 2)).toBe(email)
  await expect(canvas.queryByRole('status')).not.toBeInTheDocument()
  return { canvas, email, signIn }
}

/** The provider's `onSignIn` goes to the sign-in page; signing in there (`completeSignIn(true)`) resumes the request. */
export const HandedOverToSignInPage: StoryObj = {
  tags: ['!autodocs'],
  render: () => <SignInElsewhere how="callback" />,
  play: async ({ canvasElement, globals, userEvent }) => {
    const { canvas, email } = await handOver(canvasElement, globals.locale, userEvent)
    await userEvent.type(email, 'ada@example.com')
    await expect(email).toHaveValue('ada@example.com')
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }))
    await expect(await canvas.findByRole('status')).toHaveTextContent(REPLAYED)
    await expect(canvas.queryByRole('dialog')).not.toBeInTheDocument()
  },
}

/** Leaving the sign-in page without signing in (`completeSignIn(false)`) fails the request: nothing waits for ever. */
export const HandedOverThenGaveUp: StoryObj = {
  tags: ['!autodocs'],
  render: () => <SignInElsewhere how="callback" />,
  play: async ({ canvasElement, globals, userEvent }) => {
    const { canvas } = await handOver(canvasElement, globals.locale, userEvent)
    await userEvent.click(canvas.getByRole('button', { name: 'Back to the app' }))
    await expect(await canvas.findByRole('status')).toHaveTextContent(FAILED)
    await expect(canvas.queryByRole('dialog')).not.toBeInTheDocument()
  },
}

/** With only `links.signIn`, Sign in is a link to the sign-in page, and hands over the same way. */
export const HandedOverByLink: StoryObj = {
  tags: ['!autodocs'],
  render: () => <SignInElsewhere how="link" />,
  play: async ({ canvasElement, globals, userEvent }) => {
    const dialog = await within(canvasElement).findByRole('dialog', { name: catalogFor(globals.locale).reauth.title })
    await expect(within(dialog).getByRole('link', { name: catalogFor(globals.locale).reauth.signIn })).toHaveAttribute(
      'href',
      '/sign-in',
    )
    const { canvas } = await handOver(canvasElement, globals.locale, userEvent)
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }))
    await expect(await canvas.findByRole('status')).toHaveTextContent(REPLAYED)
  },
}
