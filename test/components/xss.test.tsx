import { act, render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import {
  ApiErrorFallback,
  ApiErrorProvider,
  ErrorBanner,
  ErrorMessage,
  FieldErrors,
  ReauthDialog,
  RetryCountdown,
  UpgradePrompt,
  createAuthCoordinator,
  en,
  parseApiError,
} from '../../src/index.js'
import type { ApiErrorMessages } from '../../src/index.js'

const PAYLOADS = [
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=1</script>',
  '"><svg onload="window.__xss=1">',
  '<a href="javascript:window.__xss=1">x</a>',
]

/** The same catalog shape as English, with every string replaced by `payload`. */
function hostileCatalog(payload: string): ApiErrorMessages {
  const replace = (node: unknown): unknown =>
    typeof node === 'string'
      ? payload
      : Object.fromEntries(Object.entries(node as object).map(([key, value]) => [key, replace(value)]))
  return replace(en) as ApiErrorMessages
}

describe.each(PAYLOADS)('every text slot of every component stays text: %s', (payload) => {
  it('catalog strings, server text, ids, field messages and labels', async () => {
    const auth = createAuthCoordinator({ refresh: () => false, timeoutMs: 50 })
    const error = (type: string, status: number) =>
      parseApiError({
        status,
        headers: { 'retry-after': '30', 'x-request-id': payload },
        data: { type, message: payload, id: payload, errors: [{ field: payload, message: payload }] },
      })
    const { container, findByRole } = render(
      <ApiErrorProvider
        messages={hostileCatalog(payload)}
        showServerMessages
        auth={auth}
        onUpgrade={() => undefined}
        links={{ contactSupport: payload }}
      >
        <ErrorBanner
          error={error('Conflict', 409)}
          onRetry={() => undefined}
          onDismiss={() => undefined}
          title={payload}
          description={payload}
        />
        <ErrorBanner error={error('RateLimited', 429)} onRetry={() => undefined} />
        <ErrorBanner error={error('Runtime', 400)} />
        <ErrorMessage error={error('InvalidDataFormat', 422)} />
        <FieldErrors error={error('InvalidDataFormat', 422)} labels={{ [payload]: payload }} />
        <UpgradePrompt error={error('QuotaExceeded', 403)} />
        <RetryCountdown error={error('RateLimited', 429)} />
        <ApiErrorFallback error={error('Internal', 500)} resetErrorBoundary={() => undefined} />
        <ReauthDialog title={payload} description={payload} />
      </ApiErrorProvider>,
    )
    // The dialog is mounted (and registered): a request waiting on a failed refresh opens it.
    void act(() => void auth.reauthenticate())
    await findByRole('dialog')
    expect(
      container.ownerDocument.querySelectorAll(
        'img, script, svg[onload], [onerror], [onload], a[href^="javascript" i]',
      ),
    ).toHaveLength(0)
    expect(container.ownerDocument.body.textContent).toContain(payload)
    expect((window as { __xss?: number }).__xss).toBeUndefined()
    auth.completeSignIn(false)
  })
})
