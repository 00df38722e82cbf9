// Each mutate() is a new Mutation: a notice of a failed submit goes when the next submit of the
// same form (the same useMutation, or the same mutationKey) succeeds, not five minutes later.
import { useMutation } from '@tanstack/react-query'
import type { MutationKey } from '@tanstack/react-query'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { en } from '../../src/index.js'
import { ApiErrorNotifications } from '../../src/query/index.js'
import { client, json, renderWithClient, setUpQueryTests } from './api.js'

const { server, newClient } = setUpQueryTests({ maxRetries: 0 })

/** `/signups` refuses the name "admin" with a 422, and accepts any other. */
function signups() {
  server.routes['/signups'] = (_req, res, hit) =>
    (JSON.parse(hit.body) as { name: string }).name === 'admin'
      ? json(res, 422, { errors: { name: ['is reserved'] } })
      : json(res, 201, { ok: true })
}

type Api = ReturnType<typeof client>

function SignUp({ api, label, mutationKey }: { api: Api; label: string; mutationKey?: MutationKey }) {
  const mutation = useMutation({ mutationKey, mutationFn: (name: string) => api.post('/signups', { name }) })
  return (
    <section aria-label={label}>
      <button type="button" onClick={() => mutation.mutate('admin')}>
        Submit admin
      </button>
      <button type="button" onClick={() => mutation.mutate('ada')}>
        Submit ada
      </button>
      <p>{mutation.status}</p>
    </section>
  )
}

const notices = () => within(screen.getByRole('region', { name: 'Notifications' })).queryAllByRole('listitem')
const invalid = new RegExp(en.types.InvalidDataFormat.title)

async function submit(form: string, name: string) {
  const section = screen.getByRole('region', { name: form })
  await userEvent.setup().click(within(section).getByRole('button', { name: `Submit ${name}` }))
  await within(section).findByText(name === 'admin' ? 'error' : 'success')
}

describe('ApiErrorNotifications: a notice goes when a later submit of the same form succeeds', () => {
  it('the same useMutation (no mutationKey): the second submit clears the first one’s 422', async () => {
    signups()
    renderWithClient(
      <>
        <ApiErrorNotifications />
        <SignUp api={client(server)} label="form" />
      </>,
      undefined,
      newClient(),
    )
    await submit('form', 'admin')
    await waitFor(() => expect(notices()).toHaveLength(1))
    expect(notices()[0]).toHaveTextContent(invalid)
    await submit('form', 'ada')
    await waitFor(() => expect(notices()).toHaveLength(0))
  })

  it('the same mutationKey from another component clears it; an unrelated success does not', async () => {
    signups()
    server.routes['/other'] = (_req, res) => json(res, 201, { ok: true })
    const api = client(server)
    function Other() {
      const mutation = useMutation({ mutationKey: ['other'], mutationFn: () => api.post('/other', {}) })
      return (
        <button type="button" onClick={() => mutation.mutate()}>
          Other {mutation.status}
        </button>
      )
    }
    renderWithClient(
      <>
        <ApiErrorNotifications />
        <SignUp api={api} label="page" mutationKey={['signup']} />
        <SignUp api={api} label="dialog" mutationKey={['signup']} />
        <Other />
      </>,
      undefined,
      newClient(),
    )
    await submit('page', 'admin')
    await waitFor(() => expect(notices()).toHaveLength(1))
    await userEvent.setup().click(screen.getByRole('button', { name: /^Other/ }))
    await screen.findByRole('button', { name: 'Other success' })
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(notices()).toHaveLength(1)
    await submit('dialog', 'ada')
    await waitFor(() => expect(notices()).toHaveLength(0))
  })
})
