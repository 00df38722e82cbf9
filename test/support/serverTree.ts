// Every component of the kit in one tree, as a server renders it: used by the Node
// renderToString test (test/tooling/ssr.test.ts) and the jsdom hydration test
// (test/components/hydration.test.tsx), so both see the same markup.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { createElement as h } from 'react'
import {
  ApiError,
  ApiErrorFallback,
  ApiErrorProvider,
  ErrorBanner,
  ErrorMessage,
  FieldErrors,
  ReauthDialog,
  RetryCountdown,
  UpgradePrompt,
  createAuthCoordinator,
  parseApiError,
} from '../../src/index.js'
import fr from '../../src/messages/locales/fr.js'
import { ApiErrorNotifications, OfflineBanner } from '../../src/query/index.js'

const limited = new ApiError({ type: 'RateLimited', status: 429, retryAfterMs: 30_000, id: 'req_1' })
// As a Server Component passes it: the data of toJSON().
const invalid = JSON.parse(
  JSON.stringify(
    new ApiError({
      type: 'InvalidDataFormat',
      status: 422,
      fieldErrors: [{ path: 'email', message: 'is already registered' }],
    }).toJSON(),
  ),
) as unknown

/** A fresh tree (a new QueryClient each time, as each request on a server gets). */
export function serverTree(locale: 'en' | 'fr' = 'en') {
  const queryClient = new QueryClient()
  const auth = createAuthCoordinator({ refresh: async () => undefined })
  const noop = () => undefined
  return h(
    QueryClientProvider,
    { client: queryClient },
    h(
      ApiErrorProvider,
      { auth, ...(locale === 'fr' ? { messages: fr } : {}) },
      h(OfflineBanner),
      h(ApiErrorNotifications),
      h(ErrorBanner, { error: limited, onRetry: noop }),
      h(ErrorBanner, { error: invalid }),
      h(ErrorMessage, { error: parseApiError({ type: 'ResourceNotFound' }) }),
      h(RetryCountdown, { error: limited, onRetry: noop }),
      h(UpgradePrompt, { error: new ApiError({ type: 'QuotaExceeded' }), onUpgrade: noop }),
      h(FieldErrors, { error: invalid, labels: { email: 'Email' } }),
      h(ApiErrorFallback, { error: new ApiError({ type: 'Internal' }), resetErrorBoundary: noop }),
      h(ApiErrorFallback, { error: invalid, reset: noop, retry: noop }),
      h(ReauthDialog),
    ),
  )
}
