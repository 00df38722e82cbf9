// Two React roots in one page (two widgets, or an app and a micro-frontend) keep their own kit
// state: which errors each shows in place, and where each dialog returns focus.
import { QueryClient, QueryClientProvider, useMutation } from '@tanstack/react-query'
import { act, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { ApiError, ApiErrorProvider, ErrorBanner, ReauthDialog, createAuthCoordinator } from '../../src/index.js'
import { ApiErrorNotifications } from '../../src/query/index.js'

const cleanups: Array<() => void> = []
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup()
})

function mount(ui: React.ReactNode) {
  const host = document.body.appendChild(document.createElement('div'))
  const view = render(ui, { container: host })
  cleanups.push(() => {
    view.unmount()
    host.remove()
  })
  return view
}

describe('two roots, one page', () => {
  it('an error shown in place in one root is still notified by the other', async () => {
    const queryClient = new QueryClient({ defaultOptions: { mutations: { retry: false } } })
    cleanups.push(() => queryClient.clear())
    const declined = new ApiError({ type: 'PaymentRequired', status: 402 })
    function Checkout() {
      const mutation = useMutation({ mutationFn: () => Promise.reject(declined) })
      return (
        <>
          <button type="button" onClick={() => mutation.mutate()}>
            Pay
          </button>
          <ErrorBanner error={mutation.error} />
        </>
      )
    }
    const first = mount(
      <QueryClientProvider client={queryClient}>
        <ApiErrorProvider>
          <Checkout />
          <ApiErrorNotifications label="First" />
        </ApiErrorProvider>
      </QueryClientProvider>,
    )
    const second = mount(
      <QueryClientProvider client={queryClient}>
        <ApiErrorProvider>
          <ApiErrorNotifications label="Second" />
        </ApiErrorProvider>
      </QueryClientProvider>,
    )

    await userEvent.click(within(first.container).getByRole('button', { name: 'Pay' }))
    // The second root shows nothing in place: its outlet has it…
    const notice = await within(second.container).findByRole('alert')
    expect(notice).toHaveAttribute('data-type', 'PaymentRequired')
    // …while the first root's banner shows it, so its own outlet leaves it out.
    expect(within(first.container).getAllByRole('alert')).toHaveLength(1)
    expect(within(screen.getByRole('region', { name: 'First' })).queryByRole('alert')).toBeNull()
  })

  it('each root’s dialog returns focus where that root’s user was, also when one opens over the other', async () => {
    const roots = ['A', 'B'].map((name) => {
      const auth = createAuthCoordinator()
      const view = mount(
        <ApiErrorProvider auth={auth}>
          <button type="button" onClick={() => void auth.reauthenticate()}>
            Save {name}
          </button>
          <ReauthDialog />
        </ApiErrorProvider>,
      )
      return { auth, view, trigger: within(view.container).getByRole('button', { name: `Save ${name}` }) }
    })
    const [a, b] = roots as [(typeof roots)[0], (typeof roots)[0]]

    await userEvent.click(a.trigger)
    const dialogA = await within(a.view.container).findByRole('dialog')
    const focusedInA = document.activeElement
    expect(dialogA.contains(focusedInA)).toBe(true)
    // B's dialog opens over A's (B's request waits for its own user), then B's user cancels.
    act(() => void b.auth.reauthenticate())
    const dialogB = await within(b.view.container).findByRole('dialog')
    expect(dialogB.contains(document.activeElement)).toBe(true)
    act(() => b.auth.completeSignIn(false))
    await waitFor(() => expect(document.activeElement).toBe(focusedInA))
    // A's user signs in elsewhere: A's dialog closes and focus returns to A's Save.
    act(() => a.auth.completeSignIn(true))
    await waitFor(() => expect(document.activeElement).toBe(a.trigger))
  })
})
