import { useQuery } from '@tanstack/react-query'
import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { parseApiError } from '../../src/core/index.js'
import type { AuthCoordinator } from '../../src/core/index.js'
import { ApiErrorProvider, ErrorBanner, en } from '../../src/index.js'
import { renderWithClient, setUpQueryTests } from './api.js'
import { recordTexts } from './pageTexts.js'
import { itemPaths, tokenApi } from './tokenApi.js'

/** What a recipe sets up around the real client: the coordinator, and one GET and one POST through the client. */
export interface AuthRecipe {
  auth: AuthCoordinator
  get(path: string): Promise<unknown>
  post(path: string, body: unknown): Promise<unknown>
}

type SetUpRecipe = (API_URL: string, renewAccessToken: () => Promise<string>) => AuthRecipe

/** Whatever a promise rejects with; fails the test if it resolves. */
async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise
  } catch (error) {
    return error
  }
  throw new Error('expected the request to fail')
}

/**
 * The contract a README recipe for `client` keeps, against a real loopback server: 401s share one
 * renewal through `createAuthCoordinator` and replay once; a failed renewal or a refused replay
 * is final; and the page never says the session expired while the renewal runs.
 */
export function describeAuthRecipe(client: string, setUp: SetUpRecipe) {
  const { server, newClient } = setUpQueryTests({ maxRetries: 0 })

  describe(`the ${client} recipe: re-authenticate through createAuthCoordinator, replay once`, () => {
    const page = recordTexts()
    const recipe = () => {
      const api = tokenApi(server)
      return { api, ...setUp(server.base, api.renewAccessToken) }
    }

    it('20 concurrent 401s share one refresh, and each request is sent again once', async () => {
      const { api, get } = recipe()
      const bodies = await Promise.all(itemPaths.map((path) => get(path)))
      expect(bodies).toEqual(itemPaths.map((path) => ({ path, body: '' })))
      expect(api.refreshes()).toBe(1)
      expect(api.itemHits()).toHaveLength(40)
    })

    it('replays a POST with its body', async () => {
      const { api, post } = recipe()
      expect(await post(itemPaths[0]!, { text: 'buy milk' })).toEqual({
        path: itemPaths[0],
        body: JSON.stringify({ text: 'buy milk' }),
      })
      expect(api.itemHits().map((hit) => hit.body)).toEqual(Array(2).fill('{"text":"buy milk"}'))
    })

    it('fails every request as Unauthorized when the refresh fails: one refresh, no loop', async () => {
      const { api, get } = recipe()
      api.state.refreshFails = true
      const failures = await Promise.all(itemPaths.slice(0, 5).map((path) => rejectionOf(get(path))))
      expect(failures.map((error) => parseApiError(error).type)).toEqual(Array(5).fill('Unauthorized'))
      expect(api.refreshes()).toBe(1)
      expect(api.itemHits()).toHaveLength(5)
    })

    it('takes a replay refused with 401 again as final', async () => {
      const { api, get } = recipe()
      api.state.neverAccept = true
      expect(parseApiError(await rejectionOf(get(itemPaths[0]!))).type).toBe('Unauthorized')
      expect(api.refreshes()).toBe(1)
      expect(api.itemHits()).toHaveLength(2)
    })

    it('never shows "Your session has expired" under the README banner while the renewal runs', async () => {
      const { auth, get } = recipe()
      function Item() {
        const { data, error, refetch } = useQuery({ queryKey: ['item'], queryFn: () => get(itemPaths[0]!) })
        return (
          <>
            <ErrorBanner error={error} onRetry={refetch} />
            {data !== undefined && <p>Loaded</p>}
          </>
        )
      }
      renderWithClient(
        <ApiErrorProvider auth={auth}>
          <Item />
        </ApiErrorProvider>,
        undefined,
        newClient(),
      )
      expect(await screen.findByText('Loaded', undefined, { timeout: 4000 })).toBeInTheDocument()
      expect(page.ever(en.types.Unauthorized.title)).toBe(false)
    })
  })
}
