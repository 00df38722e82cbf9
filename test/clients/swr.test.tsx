import { render, renderHook, screen, waitFor } from '@testing-library/react'
import useSWR, { SWRConfig } from 'swr'
import type { ReactNode } from 'react'
import { describe, expect, it } from 'vitest'
import { ErrorBanner } from '../../src/index.js'
import { readApiError } from '../../src/core/index.js'
import { serveApi } from './support/loopback.js'
import { describeClient, TOKEN } from './support/scenarios.js'
import { rest } from './support/dialects.js'

// The fetcher from SWR's docs ("Error Handling"): a failed response throws an Error carrying the
// parsed body as `info` and the status as `status`; headers are not kept, so no Retry-After.
const docsFetcher = async ([url, token, signal]: [string, string, AbortSignal | undefined]) => {
  const res = await fetch(url, { headers: { authorization: `Bearer ${token}` }, signal })

  // If the status code is not in the range 200-299,
  // we still try to parse and throw it.
  if (!res.ok) {
    const error = new Error('An error occurred while fetching the data.') as Error & { info?: unknown; status?: number }
    // Attach extra info to the error object.
    error.info = await res.json()
    error.status = res.status
    throw error
  }

  return res.json()
}

// A fresh cache per render, no retries: each scenario fails once, for real.
const wrapper = ({ children }: { children: ReactNode }) => (
  <SWRConfig value={{ provider: () => new Map(), shouldRetryOnError: false }}>{children}</SWRConfig>
)

describeClient({
  name: 'SWR',
  backend: rest,
  needsSecrets: true,
  expected: { '429': { retryAfterMs: undefined } },
  async fail(scenario, api) {
    const key = [`${api.url(scenario)}/projects/42`, TOKEN, scenario === 'abort' ? api.signal : undefined]
    const { result, unmount } = renderHook(() => useSWR(key, docsFetcher), { wrapper })
    await waitFor(() => expect(result.current.error).toBeDefined(), { timeout: 5000 })
    unmount()
    return result.current.error as unknown
  },
})

// The README's "SWR" recipe, verbatim below: a fetcher that throws an ApiError, the banner in the component.
const recipe = serveApi(rest)

const fetcher = async ([url, token]: [string, string]) => {
  const response = await fetch(url, { headers: { Authorization: `Bearer ${token}` } })
  if (!response.ok) throw await readApiError(response, { method: 'GET', url }, { secrets: [token] })
  return response.json()
}

const ProjectList = ({ projects }: { projects: unknown }) => <p>{JSON.stringify(projects)}</p>

function Projects({ url, token }: { url: string; token: string }) {
  // SWR's own retries would not wait for Retry-After: the banner holds Retry until the wait is over.
  const { data, error, mutate } = useSWR([url, token], fetcher, { shouldRetryOnError: false })
  if (error) return <ErrorBanner error={error} onRetry={() => mutate()} />
  return <ProjectList projects={data} />
}

describe('README: the SWR recipe', () => {
  it('a 429 is a RateLimited ApiError with its wait, counted down by the banner', async () => {
    const url = `${recipe.url('429')}/projects`
    const { result } = renderHook(() => useSWR([url, TOKEN], fetcher, { shouldRetryOnError: false }), {
      wrapper,
    })
    await waitFor(() => expect(result.current.error).toBeDefined())
    expect(result.current.error).toMatchObject({ type: 'RateLimited', status: 429, retryAfterMs: 7000 })
    render(<Projects url={url} token={TOKEN} />, { wrapper })
    // Errors that recover on their own are announced politely, as a status.
    expect(await screen.findByRole('status')).toHaveTextContent(/7/)
  })

  it('a token the server echoes is not kept', async () => {
    const url = `${recipe.url('echo')}/projects`
    const { result } = renderHook(() => useSWR([url, TOKEN], fetcher, { shouldRetryOnError: false }), {
      wrapper,
    })
    await waitFor(() => expect(result.current.error).toBeDefined())
    expect(result.current.error).toMatchObject({ type: 'Unauthorized', status: 401 })
    expect(JSON.stringify(result.current.error)).not.toContain(TOKEN)
    expect(String(result.current.error)).not.toContain(TOKEN)
  })
})
