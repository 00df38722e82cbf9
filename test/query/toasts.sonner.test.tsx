// The README's toast outlet ("Toasts"), verbatim: sonner toasts from the same de-duplicated state
// as ApiErrorNotifications, in the provider's language.
import { QueryClientProvider, useMutation, useQuery } from '@tanstack/react-query'
import { act, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useEffect, useRef } from 'react'
import { Toaster, toast } from 'sonner'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { ApiErrorProvider, ErrorBanner } from '../../src/index.js'
import de from '../../src/messages/locales/de.js'
import { useApiErrorNotifications } from '../../src/query/index.js'
import { client, json, setUpQueryTests } from './api.js'

const { server, newClient } = setUpQueryTests({ maxRetries: 0 })
// sonner keeps its toasts in a module store: start each test with none.
afterEach(() => void toast.dismiss())

beforeAll(() => {
  // sonner asks for the colour scheme; jsdom has no matchMedia.
  window.matchMedia ??= (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      addListener: () => undefined,
      removeListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList
})

// verbatim from README ("Toasts")
/** Mount once, inside ApiErrorProvider and QueryClientProvider, in place of <ApiErrorNotifications />. */
function ErrorToasts() {
  const { notifications, dismiss } = useApiErrorNotifications()
  const shown = useRef(new Set<string>())
  useEffect(() => {
    const keys = new Set(notifications.map(({ key }) => key))
    // A notice that went (its query or form succeeded since) takes its toast along.
    for (const key of shown.current) if (!keys.has(key)) toast.dismiss(key)
    for (const { key, copy } of notifications) {
      if (shown.current.has(key)) continue
      const close = () => dismiss(key)
      toast[copy.severity](copy.title, { id: key, description: copy.description, onDismiss: close, onAutoClose: close })
    }
    shown.current = keys
  }, [notifications, dismiss])
  return null
}
// end of the README snippet

type Api = ReturnType<typeof client>

/** A list that loads, then fails in the background (`/reports` answers 200 once, then 500). */
function Reports({ api }: { api: Api }) {
  const query = useQuery({ queryKey: ['reports'], queryFn: () => api.get<{ name: string }>('/reports') })
  return <p>{query.data ? `Reports: ${query.data.name}` : 'Loading reports'}</p>
}

/** A form that shows its own failure in place. */
function SignUp({ api }: { api: Api }) {
  const mutation = useMutation({ mutationFn: () => api.post('/signups', { name: 'admin' }) })
  return (
    <>
      <ErrorBanner error={mutation.error} />
      <button type="button" onClick={() => mutation.mutate()}>
        Sign up
      </button>
    </>
  )
}

const toasts = () => screen.queryAllByRole('listitem').filter((item) => item.hasAttribute('data-sonner-toast'))

describe('ErrorToasts (README): the de-duplicated notifications as sonner toasts', () => {
  it('toasts a background failure once, in the provider’s language, and never an error shown in place', async () => {
    let reports = 0
    server.routes['/reports'] = (_req, res) =>
      ++reports === 1 ? json(res, 200, { name: 'Q3' }) : json(res, 500, { message: 'NullPointerException' })
    server.routes['/signups'] = (_req, res) => json(res, 422, { errors: { name: ['is reserved'] } })
    const api = client(server)
    const queryClient = newClient()
    render(
      <QueryClientProvider client={queryClient}>
        <ApiErrorProvider messages={de}>
          <Reports api={api} />
          <SignUp api={api} />
          <ErrorToasts />
          <Toaster />
        </ApiErrorProvider>
      </QueryClientProvider>,
    )
    await screen.findByText('Reports: Q3')
    await userEvent.setup().click(screen.getByRole('button', { name: 'Sign up' }))
    // The 422 is the form's banner, in German; no toast says it again.
    expect(await screen.findByRole('alert', { name: new RegExp(de.types.InvalidDataFormat.title) })).toBeInTheDocument()

    await act(() => queryClient.refetchQueries({ queryKey: ['reports'] }))
    await act(() => queryClient.refetchQueries({ queryKey: ['reports'] }))
    await waitFor(() => expect(toasts()).toHaveLength(1))
    const [internal] = toasts()
    expect(internal).toHaveAttribute('data-type', 'error')
    expect(within(internal!).getByText(de.types.Internal.title)).toBeInTheDocument()
    expect(within(internal!).getByText(de.types.Internal.description)).toBeInTheDocument()
    expect(document.body).not.toHaveTextContent('NullPointerException')
    expect(toasts().some((item) => item.textContent?.includes(de.types.InvalidDataFormat.title))).toBe(false)
  })

  it('takes the toast away when the query succeeds again', async () => {
    let reports = 0
    server.routes['/reports'] = (_req, res) =>
      ++reports === 2 ? json(res, 503, { message: 'maintenance' }) : json(res, 200, { name: `v${reports}` })
    const queryClient = newClient()
    render(
      <QueryClientProvider client={queryClient}>
        <ApiErrorProvider>
          <Reports api={client(server)} />
          <ErrorToasts />
          <Toaster />
        </ApiErrorProvider>
      </QueryClientProvider>,
    )
    await screen.findByText('Reports: v1')
    await act(() => queryClient.refetchQueries({ queryKey: ['reports'] }))
    await waitFor(() => expect(toasts()).toHaveLength(1))
    await act(() => queryClient.refetchQueries({ queryKey: ['reports'] }))
    await screen.findByText('Reports: v3')
    await waitFor(() => expect(toasts()).toHaveLength(0))
  })
})
