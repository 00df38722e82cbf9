import type { QueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { installDom } from './dom.js'
import { QUERIES, RETRY_AFTER_S, WINDOW_MS, describe, storm } from './rateLimitStorm.js'
import type { Query } from './rateLimitStorm.js'
import type { Row } from './table.js'

/**
 * Issue 20: the 429 storm of issue 3 met by 20 mounted queries (`useQuery` in React, as a page
 * has them) while nothing shows their errors: no banner, no Retry button. What recovers then is
 * what the client does on its own.
 */
interface Contender {
  query: Query
  /** Unmounts the pages and clears the client, so no timer outlives the row. */
  stop(): void
}

type Fetcher = (url: string, signal: AbortSignal) => Promise<unknown>

export async function run(): Promise<Row[]> {
  // TanStack Query decides at load time whether it runs in a browser (on a server, no query
  // refetches by itself): the page comes first, the libraries after.
  installDom()
  const { QueryClient, QueryClientProvider, useQuery } = await import('@tanstack/react-query')
  const { createRoot } = await import('react-dom/client')
  const { createApiFetch } = await import('../src/core/index.js')
  const { apiErrorQueryDefaults } = await import('../src/query/index.js')

  /** One page: a query and no error UI; `onLoaded` once it has data. */
  function Silent({ url, fetcher, onLoaded }: { url: string; fetcher: Fetcher; onLoaded(data: unknown): void }) {
    const { data } = useQuery({ queryKey: [url], queryFn: ({ signal }) => fetcher(url, signal) })
    useEffect(() => {
      if (data !== undefined) onLoaded(data)
    }, [data, onLoaded])
    return null
  }

  /** Each query on a page of its own, all on one client. */
  function pages(client: QueryClient, fetcher: Fetcher): Contender {
    const roots: ReturnType<typeof createRoot>[] = []
    return {
      query: (base, index) =>
        new Promise((resolve) => {
          const root = createRoot(document.createElement('div'))
          roots.push(root)
          root.render(
            <QueryClientProvider client={client}>
              <Silent url={`${base}/items/${index}`} fetcher={fetcher} onLoaded={resolve} />
            </QueryClientProvider>,
          )
        }),
      stop: () => {
        for (const root of roots) root.unmount()
        client.clear()
      },
    }
  }

  const kit = () => {
    const apiFetch = createApiFetch()
    const fetcher: Fetcher = async (url, signal) => (await apiFetch(url, { signal })).json()
    return pages(new QueryClient({ defaultOptions: apiErrorQueryDefaults() }), fetcher)
  }
  const tanstackDefaults = () => {
    const fetcher: Fetcher = async (url, signal) => {
      const response = await fetch(url, { signal })
      if (!response.ok) throw new Error(`HTTP ${response.status}`)
      return response.json()
    }
    // useQuery's own defaults in a browser: 3 retries, default retryDelay.
    return pages(new QueryClient(), fetcher)
  }

  const bench = `429 storm, no banner mounted: ${QUERIES} \`useQuery\` pages, \`Retry-After: ${RETRY_AFTER_S}\` for ${WINDOW_MS / 1000} s`
  const contenders: [string, () => Contender][] = [
    ['**react-api-errors**: `createApiFetch()` + `apiErrorQueryDefaults()`, nothing showing the error', kit],
    [
      'TanStack Query defaults (`useQuery` in a browser: 3 retries, default `retryDelay`) + plain `fetch`',
      tanstackDefaults,
    ],
  ]
  const rows: Row[] = []
  for (const [contender, make] of contenders) {
    process.stderr.write(`  429 storm, no banner: ${contender.replace(/[*`]/g, '')}\n`)
    const { query, stop } = make()
    try {
      rows.push({ bench, contender, ...describe(await storm(query)) })
    } finally {
      stop()
    }
  }
  return rows
}
