import { renderHook, waitFor } from '@testing-library/react'
import useSWR, { SWRConfig } from 'swr'
import type { ReactNode } from 'react'
import { expect } from 'vitest'
import { describeClient, TOKEN } from './support/scenarios.js'
import { rest } from './support/dialects.js'

// The fetcher from SWR's docs ("Error Handling"): a failed response throws an Error carrying the
// parsed body as `info` and the status as `status`; headers are not kept, so no Retry-After.
const fetcher = async ([url, token, signal]: [string, string, AbortSignal | undefined]) => {
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
    const { result, unmount } = renderHook(() => useSWR(key, fetcher), { wrapper })
    await waitFor(() => expect(result.current.error).toBeDefined(), { timeout: 5000 })
    unmount()
    return result.current.error as unknown
  },
})
