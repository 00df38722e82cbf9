import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import {
  ApiError,
  ApiErrorProvider,
  ErrorBanner,
  ErrorMessage,
  FieldErrors,
  RetryCountdown,
  UpgradePrompt,
  en,
} from '../../src/index.js'
import ar from '../../src/messages/locales/ar.js'
import ja from '../../src/messages/locales/ja.js'

const internal = new ApiError({ type: 'Internal', id: 'req_9Fm4Lp' })

// README, "Languages and right to left": the snippet verbatim (its imports are the ones above).
function ArabicBanner({ error }: { error: unknown }) {
  return (
    <ApiErrorProvider messages={ar}>
      <ErrorBanner error={error} />
    </ApiErrorProvider>
  )
}

describe('right-to-left copy', () => {
  it('renders the README example in Arabic, right to left', () => {
    render(<ArabicBanner error={internal} />)
    const banner = screen.getByRole('alert', { name: new RegExp(ar.types.Internal.title) })
    expect(banner).toHaveAttribute('dir', 'rtl')
    expect(banner).toHaveAttribute('lang', 'ar')
    expect(banner).toHaveTextContent(ar.types.Internal.description)
  })

  it('sets dir="rtl" with lang="ar" on every component root rendering Arabic', () => {
    render(
      <ApiErrorProvider messages={ar}>
        <ErrorBanner error={internal} />
        <ErrorMessage error={internal} />
        <UpgradePrompt error={new ApiError({ type: 'QuotaExceeded' })} onUpgrade={() => undefined} />
        <FieldErrors
          error={
            new ApiError({
              type: 'InvalidDataFormat',
              status: 422,
              fieldErrors: [{ path: 'email', message: 'is taken' }],
            })
          }
        />
        <RetryCountdown error={new ApiError({ type: 'RateLimited', retryAfterMs: 5000 })} />
      </ApiErrorProvider>,
    )
    const roots = document.querySelectorAll('[lang="ar"]')
    expect(roots).toHaveLength(5)
    for (const root of roots) expect(root).toHaveAttribute('dir', 'rtl')
  })

  it('sets dir="ltr" for left-to-right copy, so English reads left to right on a dir="rtl" page too', () => {
    for (const messages of [en, ja]) {
      const { unmount } = render(
        <div dir="rtl">
          <ApiErrorProvider messages={messages}>
            <ErrorBanner error={internal} />
          </ApiErrorProvider>
        </div>,
      )
      expect(screen.getByRole('alert')).toHaveAttribute('dir', 'ltr')
      expect(screen.getByRole('alert')).toHaveAttribute('lang', messages.locale)
      unmount()
    }
    // Without a provider too: the built-in English copy.
    render(
      <div dir="rtl">
        <ErrorBanner error={internal} />
      </div>,
    )
    expect(screen.getByRole('alert')).toHaveAttribute('dir', 'ltr')
  })

  it('follows an explicit locale, and lets the copy set its direction (dir="auto") when a translate adapter supplies it', () => {
    const { unmount } = render(
      <ApiErrorProvider messages={en} locale="he">
        <ErrorBanner error={internal} />
      </ApiErrorProvider>,
    )
    expect(screen.getByRole('alert')).toHaveAttribute('dir', 'rtl')
    unmount()
    render(
      <ApiErrorProvider messages={ar} translate={() => undefined}>
        <ErrorBanner error={internal} />
      </ApiErrorProvider>,
    )
    expect(screen.getByRole('alert')).toHaveAttribute('dir', 'auto')
    expect(screen.getByRole('alert')).not.toHaveAttribute('lang')
  })

  it('isolates the reference id inside Arabic, once, and in English too', () => {
    const { unmount } = render(
      <ApiErrorProvider messages={ar}>
        <ErrorBanner error={internal} />
      </ApiErrorProvider>,
    )
    expect(screen.getByText(/req_9Fm4Lp/).textContent).toBe('المرجع: \u2068req_9Fm4Lp\u2069')
    unmount()
    render(<ErrorBanner error={internal} />)
    expect(screen.getByText(/req_9Fm4Lp/).textContent).toBe('Reference: \u2068req_9Fm4Lp\u2069')
  })

  it('isolates each field path, so a path like .env or items[0] keeps its order', () => {
    render(
      <ApiErrorProvider messages={ar}>
        <FieldErrors
          error={
            new ApiError({
              type: 'InvalidDataFormat',
              status: 422,
              fieldErrors: [{ path: 'items[0].name', message: 'required' }],
            })
          }
        />
      </ApiErrorProvider>,
    )
    const path = screen.getByText('items[0].name')
    expect(path.tagName).toBe('BDI')
    expect(screen.getByRole('alert', { name: 'مشكلة واحدة يجب إصلاحها' })).toBeInTheDocument()
  })
})
