import { useMutation } from '@tanstack/react-query'
import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { ErrorBanner, ErrorMessage, FieldErrors, UpgradePrompt, en } from '../../src/index.js'
import { ApiErrorNotifications, useApiErrorNotifications } from '../../src/query/index.js'
import { client, json, renderWithClient, setUpQueryTests } from './api.js'

const { server, newClient } = setUpQueryTests({ maxRetries: 0 })

type Api = ReturnType<typeof client>
const shownInPlace = {
  ErrorBanner: (error: unknown) => <ErrorBanner error={error} />,
  ErrorMessage: (error: unknown) => <ErrorMessage error={error} />,
  UpgradePrompt: (error: unknown) => <UpgradePrompt error={error} />,
  FieldErrors: (error: unknown) => <FieldErrors error={error} />,
}

/** A form whose mutation has no onError: its failure is the outlet's, unless the form shows it in place. */
function Checkout({ api, show }: { api: Api; show: (error: unknown) => React.ReactNode }) {
  const mutation = useMutation({ mutationFn: () => api.post('/checkout', { plan: 'pro' }) })
  const [inPlace, setInPlace] = useState(true)
  return (
    <div>
      <button type="button" onClick={() => mutation.mutate()}>
        Buy
      </button>
      <button type="button" onClick={() => setInPlace(false)}>
        Hide the in-place error
      </button>
      {inPlace && show(mutation.error)}
      <output aria-label="status">{mutation.status}</output>
    </div>
  )
}

/** Every banner the region ever held, even for one frame. */
function watchRegion() {
  const region = screen.getByRole('region', { name: 'Notifications' })
  const seen: string[] = []
  const observer = new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes) if (node instanceof HTMLElement) seen.push(node.outerHTML)
  })
  observer.observe(region, { childList: true, subtree: true })
  return { region, seen, stop: () => observer.disconnect() }
}

describe('ApiErrorNotifications: an error shown in place is not notified a second time', () => {
  it.each(Object.keys(shownInPlace) as Array<keyof typeof shownInPlace>)(
    '%s shows it: no toast, ever; once it is gone, the outlet takes over',
    async (name) => {
      const user = userEvent.setup()
      server.routes['/checkout'] =
        name === 'FieldErrors'
          ? (_req, res) =>
              json(res, 422, { type: 'InvalidDataFormat', errors: [{ field: 'plan', message: 'is unknown' }] })
          : (_req, res) => json(res, 402, { type: 'PaymentRequired', message: 'card declined' })
      renderWithClient(
        <>
          <Checkout api={client(server)} show={shownInPlace[name]} />
          <ApiErrorNotifications />
        </>,
        undefined,
        newClient(),
      )
      const watch = watchRegion()
      await user.click(screen.getByRole('button', { name: 'Buy' }))
      await waitFor(() => expect(screen.getByRole('status', { name: 'status' })).toHaveTextContent('error'))
      expect(await screen.findByRole('alert')).toBeInTheDocument()
      await act(() => new Promise((resolve) => setTimeout(resolve, 50)))
      expect(watch.seen).toEqual([])
      expect(within(watch.region).queryByRole('listitem')).not.toBeInTheDocument()

      // The form stops showing it: now nobody does, so the outlet shows it.
      await user.click(screen.getByRole('button', { name: 'Hide the in-place error' }))
      const toast = await within(watch.region).findByRole('alert')
      expect(toast).toHaveAttribute('data-type', name === 'FieldErrors' ? 'InvalidDataFormat' : 'PaymentRequired')
      watch.stop()
    },
  )

  it('useApiErrorNotifications leaves claimed errors out and updates when the claim ends', async () => {
    const user = userEvent.setup()
    server.routes['/checkout'] = (_req, res) => json(res, 402, { type: 'PaymentRequired' })
    const queryClient = newClient()
    const seen: string[][] = []
    /** Your own outlet (a toast), as the README's toast recipe builds it. */
    function Toasts() {
      const { notifications } = useApiErrorNotifications()
      seen.push(notifications.map((line) => line.key))
      return null
    }
    renderWithClient(
      <>
        <Checkout api={client(server)} show={(error) => <ErrorMessage error={error} />} />
        <Toasts />
      </>,
      undefined,
      queryClient,
    )
    await user.click(screen.getByRole('button', { name: 'Buy' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(en.types.PaymentRequired.title)
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)))
    expect(seen.flat()).toEqual([])

    await user.click(screen.getByRole('button', { name: 'Hide the in-place error' }))
    await waitFor(() => expect(seen.at(-1)).toEqual(['PaymentRequired:402']))
  })
})
