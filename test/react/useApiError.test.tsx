import { act, render, renderHook, screen } from '@testing-library/react'
import type { ReactNode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { ApiError, ApiErrorProvider, ErrorBanner, en, useApiError } from '../../src/index.js'
import fr from '../../src/messages/locales/fr.js'

const wrapper =
  (props: Omit<Parameters<typeof ApiErrorProvider>[0], 'children'>) =>
  ({ children }: { children: ReactNode }) => <ApiErrorProvider {...props}>{children}</ApiErrorProvider>

describe('useApiError', () => {
  it('returns the copy, action and retry facts for an error', () => {
    const error = new ApiError({ type: 'RateLimited', retryAfterMs: 4000, id: 'err_1' })
    const { result } = renderHook(() => useApiError(error))
    expect(result.current).toMatchObject({
      error,
      type: 'RateLimited',
      title: en.types.RateLimited.title,
      description: en.types.RateLimited.description,
      action: 'retry',
      retryable: true,
      retryInMs: 4000,
      severity: 'info',
      reference: en.reference.replace('{id}', '\u2068err_1\u2069'),
    })
  })

  it('is empty for nothing and for Aborted', () => {
    expect(renderHook(() => useApiError(null)).result.current.error).toBeNull()
    expect(renderHook(() => useApiError(new DOMException('x', 'AbortError'))).result.current.error).toBeNull()
  })

  it('uses the provider catalog, overrides and the translate adapter, in that order', () => {
    const error = new ApiError({ type: 'Forbidden' })
    const french = renderHook(() => useApiError(error), { wrapper: wrapper({ messages: fr }) })
    expect(french.result.current.title).toBe(fr.types.Forbidden.title)
    const override = renderHook(() => useApiError(error), {
      wrapper: wrapper({ messages: { types: { Forbidden: { title: 'Members only' } } } }),
    })
    expect(override.result.current.title).toBe('Members only')
    expect(override.result.current.description).toBe(en.types.Forbidden.description)
    const translate = vi.fn((key: string) =>
      key === 'apiErrors.types.Forbidden.title' ? 'Zutritt verboten' : undefined,
    )
    const translated = renderHook(() => useApiError(error), { wrapper: wrapper({ translate }) })
    expect(translated.result.current.title).toBe('Zutritt verboten')
    expect(translated.result.current.description).toBe(en.types.Forbidden.description)
    expect(translate).toHaveBeenCalledWith('apiErrors.types.Forbidden.title', {})
  })

  it('dismiss() hides the error and calls onDismiss', () => {
    const onDismiss = vi.fn()
    const error = new ApiError({ type: 'Conflict' })
    const { result } = renderHook(() => useApiError(error, { onDismiss }))
    act(() => result.current.dismiss())
    expect(result.current.error).toBeNull()
    expect(onDismiss).toHaveBeenCalledTimes(1)
  })

  it('shows a server detail only for a 4xx and only when the provider allows it', () => {
    const conflict = new ApiError({ type: 'Conflict', status: 409, message: 'Slug "home" is taken' })
    const internal = new ApiError({ type: 'Internal', status: 500, message: 'db down' })
    const allowed = wrapper({ showServerMessages: true })
    expect(renderHook(() => useApiError(conflict)).result.current.detail).toBeUndefined()
    expect(renderHook(() => useApiError(conflict), { wrapper: allowed }).result.current.detail).toBe(
      en.serverDetail.replace('{detail}', 'Slug "home" is taken'),
    )
    expect(renderHook(() => useApiError(internal), { wrapper: allowed }).result.current.detail).toBeUndefined()
    const onlyConflicts = wrapper({ showServerMessages: (e) => e.type === 'Conflict' })
    expect(renderHook(() => useApiError(conflict), { wrapper: onlyConflicts }).result.current.detail).toBeDefined()
  })

  it('a French provider words the severity the French way', () => {
    render(
      <ApiErrorProvider messages={fr}>
        <ErrorBanner error={new ApiError({ type: 'Forbidden' })} />
      </ApiErrorProvider>,
    )
    expect(screen.getByRole('alert').querySelector('.rae-banner__severity')?.textContent).toBe('Erreur\u00a0:')
  })
})

describe('the language of the copy', () => {
  it('marks what it renders with the catalog language, so a French banner on an English page is read in French', () => {
    const error = new ApiError({ type: 'Forbidden' })
    const { unmount } = render(
      <ApiErrorProvider messages={fr}>
        <ErrorBanner error={error} />
      </ApiErrorProvider>,
    )
    expect(screen.getByRole('alert')).toHaveAttribute('lang', 'fr')
    unmount()
    render(<ErrorBanner error={error} />)
    expect(screen.getByRole('alert')).toHaveAttribute('lang', 'en')
  })

  it('leaves lang out when a translate adapter supplies the copy without a locale, and uses the locale when given', () => {
    const error = new ApiError({ type: 'Forbidden' })
    const translate = () => 'Zutritt verboten'
    const { unmount } = render(
      <ApiErrorProvider translate={translate}>
        <ErrorBanner error={error} />
      </ApiErrorProvider>,
    )
    expect(screen.getByRole('alert')).not.toHaveAttribute('lang')
    unmount()
    render(
      <ApiErrorProvider translate={translate} locale="de">
        <ErrorBanner error={error} />
      </ApiErrorProvider>,
    )
    expect(screen.getByRole('alert')).toHaveAttribute('lang', 'de')
  })
})
