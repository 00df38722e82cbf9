import type { Meta, StoryObj } from '@storybook/react-vite'
import { useEffect, useState } from 'react'
import type { ReactNode } from 'react'
import { expect, fn, within } from 'storybook/test'
import { ReauthDialog, createAuthCoordinator } from '../../index.js'
import { catalogFor } from '../../stories/support/globals.js'
import { StoryProvider } from '../../stories/support/StoryProvider.js'
import { kitStylesheetApplies, withoutStylesheet } from '../../stories/support/withoutStylesheet.js'

interface DialogArgs {
  onSignIn: () => boolean | Promise<boolean>
  children?: ReactNode
}

/**
 * A coordinator with nothing to refresh, and a request waiting on it: with the dialog mounted, the
 * coordinator waits for the user (`awaiting-sign-in`), so the dialog is open.
 */
function AwaitingSignIn({ onSignIn, children }: DialogArgs) {
  const [auth] = useState(() => createAuthCoordinator())
  const [outcome, setOutcome] = useState<string>()
  useEffect(() => {
    void auth
      .reauthenticate()
      .then((ok) =>
        setOutcome(
          ok ? 'Signed in: the waiting request was replayed.' : 'Sign-in cancelled: the waiting request failed.',
        ),
      )
  }, [auth])
  return (
    <StoryProvider auth={auth}>
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
    await expect(await canvas.findByRole('status')).toHaveTextContent('Signed in: the waiting request was replayed.')
    await expect(args.onSignIn).toHaveBeenCalledOnce()
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
    await expect(await canvas.findByRole('status')).toHaveTextContent('Sign-in cancelled: the waiting request failed.')
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
    await expect(await canvas.findByRole('status')).toHaveTextContent('Sign-in cancelled: the waiting request failed.')
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
