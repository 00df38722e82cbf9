// @vitest-environment node
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import {
  ApiError,
  ApiErrorProvider,
  ErrorBanner,
  ErrorMessage,
  FieldErrors,
  ReauthDialog,
  UpgradePrompt,
  createAuthCoordinator,
  parseApiError,
} from '../../src/index.js'
import { ApiErrorNotifications } from '../../src/query/index.js'

describe('server rendering of the claiming components, the dialog and the outlet', () => {
  it('renders without window or document, with the countdown hidden by an inline style', () => {
    expect(typeof document).toBe('undefined')
    const fields = parseApiError({
      status: 422,
      headers: {},
      data: { type: 'InvalidDataFormat', errors: [{ field: 'email', message: 'is taken' }] },
    })
    const html = renderToString(
      <QueryClientProvider client={new QueryClient()}>
        <ApiErrorProvider auth={createAuthCoordinator()}>
          <ErrorBanner error={new ApiError({ type: 'RateLimited', retryAfterMs: 5000 })} />
          <ErrorMessage error={new ApiError({ type: 'Conflict' })} />
          <UpgradePrompt error={new ApiError({ type: 'PaymentRequired' })} />
          <FieldErrors error={fields} />
          <ReauthDialog />
          <ApiErrorNotifications />
        </ApiErrorProvider>
      </QueryClientProvider>,
    )
    expect(html).toContain('You can retry in 5 s')
    expect(html).toMatch(/class="rae-visually-hidden" style="position:absolute;width:1px;height:1px/)
    expect(html).toContain('Payment required')
    expect(html).toContain('email')
    expect(html).not.toContain('<dialog')
  })
})
