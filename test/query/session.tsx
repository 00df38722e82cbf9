import { useMutation, useQuery } from '@tanstack/react-query'
import { ApiError, createAuthCoordinator } from '../../src/core/index.js'
import { client, json } from './api.js'
import type { TestServer } from './api.js'

export type Api = ReturnType<typeof client>

/** A session whose refresh the test releases (`release()`); the server accepts only the renewed token. */
export function session(server: TestServer, { refreshSucceeds = true } = {}) {
  let release!: () => void
  const gate = new Promise<void>((resolve) => {
    release = resolve
  })
  const state = { token: 'token-1', refreshes: 0 }
  const auth = createAuthCoordinator({
    refresh: async () => {
      state.refreshes += 1
      await gate
      if (!refreshSucceeds) return false
      state.token = 'token-2'
    },
  })
  return { state, auth, release, api: client(server, { getAccessToken: () => state.token }) }
}

/** A route that answers 401 unless the renewed token comes (or always, with `never`). */
export function protect(
  server: TestServer,
  path: string,
  body: (hit: { body: string }) => unknown,
  { never = false } = {},
) {
  server.routes[path] = (_req, res, hit) => {
    if (!never && hit.authorization === 'Bearer token-2') json(res, 200, body(hit))
    else json(res, 401, { type: 'Unauthorized', message: 'The access token expired' })
  }
}

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** A form's submit: POST /notes with the text; shows the hook's status and the saved text. */
export function SaveNote({ api }: { api: Api }) {
  const mutation = useMutation({
    mutationKey: ['notes', 'create'],
    mutationFn: (text: string) => api.post<{ text: string }>('/notes', { text }),
  })
  return (
    <div>
      <button type="button" onClick={() => mutation.mutate('buy milk')}>
        Save
      </button>
      <button type="button" onClick={() => mutation.mutate('buy bread')}>
        Save bread
      </button>
      <output aria-label="mutation status">{mutation.status}</output>
      {mutation.isSuccess && <p>Saved: {mutation.data.text}</p>}
    </div>
  )
}

/** A GET shown on the page: the data, or the error's type. */
export function Resource({ api, path, queryKey }: { api: Api; path: string; queryKey: string[] }) {
  const query = useQuery({ queryKey, queryFn: ({ signal }) => api.get<{ name: string }>(path, signal) })
  return (
    <section aria-label={queryKey.join('/')}>
      {query.isError && <p>Error: {query.error instanceof ApiError ? query.error.type : 'other'}</p>}
      {query.data && <p>Loaded: {query.data.name}</p>}
    </section>
  )
}
