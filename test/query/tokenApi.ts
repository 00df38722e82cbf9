import { readApiError } from '../../src/core/index.js'
import { hitsOf, json } from './api.js'
import type { TestServer } from './api.js'

/** The paths `tokenApi` protects: `/api/items/0` … `/api/items/19`. */
export const itemPaths = Array.from({ length: 20 }, (_, index) => `/api/items/${index}`)

/**
 * A token API on the file's server, as apps meet it: `POST /refresh` issues a new access token
 * after `refreshMs` (or refuses with 401 while `refreshFails`); `/api/items/<n>` answers only the
 * newest token (never, with `neverAccept`) and echoes the body it got.
 */
export function tokenApi(server: TestServer, { refreshMs = 400 } = {}) {
  const state = { current: 'token-0', issued: 0, refreshFails: false, neverAccept: false }
  server.routes['/refresh'] = (_req, res) =>
    setTimeout(() => {
      if (state.refreshFails) return json(res, 401, { type: 'Unauthorized', message: 'Refresh token expired' })
      state.issued += 1
      state.current = `token-${state.issued}`
      json(res, 200, { accessToken: state.current })
    }, refreshMs)
  for (const path of itemPaths) {
    server.routes[path] = (_req, res, hit) =>
      hit.authorization === `Bearer ${state.current}` && !state.neverAccept
        ? json(res, 200, { path, body: hit.body })
        : json(res, 401, { type: 'Unauthorized', message: 'The access token expired' })
  }
  return {
    state,
    /** The app's own call to its refresh endpoint (outside the client the recipe sets up). */
    renewAccessToken: async () => {
      const response = await fetch(`${server.base}/refresh`, { method: 'POST' })
      if (!response.ok) throw await readApiError(response)
      return ((await response.json()) as { accessToken: string }).accessToken
    },
    refreshes: () => hitsOf(server, '/refresh').length,
    /** Requests that reached the item paths. */
    itemHits: () => server.hits.filter((hit) => hit.path.startsWith('/api/items/')),
  }
}
