import { act, render, renderHook, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError, ErrorBanner, RetryCountdown, parseApiError, useRetryCountdown } from '../../src/index.js'

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

const visibleCountdown = (container: HTMLElement) => container.querySelector('.rae-countdown [aria-hidden="true"]')

describe('RetryCountdown', () => {
  it('ticks down every second, then retries once at zero', () => {
    const onRetry = vi.fn()
    const { container } = render(
      <RetryCountdown error={new ApiError({ type: 'RateLimited', retryAfterMs: 3000 })} onRetry={onRetry} />,
    )
    expect(visibleCountdown(container)).toHaveTextContent('3')
    act(() => vi.advanceTimersByTime(1000))
    expect(visibleCountdown(container)).toHaveTextContent('2')
    act(() => vi.advanceTimersByTime(1000))
    expect(visibleCountdown(container)).toHaveTextContent('1')
    expect(onRetry).not.toHaveBeenCalled()
    act(() => vi.advanceTimersByTime(1000))
    expect(onRetry).toHaveBeenCalledTimes(1)
    expect(container.querySelector('.rae-countdown')).toBeNull()
    act(() => vi.advanceTimersByTime(10_000))
    expect(onRetry).toHaveBeenCalledTimes(1)
  })

  it('ticks on whole seconds of the wait and retries when it ends, for a wait of 2.5 s', () => {
    const onRetry = vi.fn()
    const { container } = render(
      <RetryCountdown error={new ApiError({ type: 'RateLimited', retryAfterMs: 2500 })} onRetry={onRetry} />,
    )
    expect(visibleCountdown(container)).toHaveTextContent('3')
    act(() => vi.advanceTimersByTime(500))
    expect(visibleCountdown(container)).toHaveTextContent('2')
    act(() => vi.advanceTimersByTime(1999))
    expect(onRetry).not.toHaveBeenCalled()
    act(() => vi.advanceTimersByTime(1))
    expect(onRetry).toHaveBeenCalledTimes(1)
  })

  it('retries by itself a wait of exactly maxRetryAfterMs', () => {
    const onRetry = vi.fn()
    render(
      <RetryCountdown
        error={new ApiError({ type: 'RateLimited', retryAfterMs: 2000 })}
        onRetry={onRetry}
        maxRetryAfterMs={2000}
      />,
    )
    act(() => vi.advanceTimersByTime(2000))
    expect(onRetry).toHaveBeenCalledTimes(1)
  })

  it('is announced once: the live text does not change with the ticks', () => {
    render(
      <RetryCountdown error={new ApiError({ type: 'RateLimited', retryAfterMs: 5000 })} onRetry={() => undefined} />,
    )
    const live = screen.getByRole('status')
    const first = live.textContent
    expect(first).toBe('Retrying automatically in 5 seconds.')
    for (let i = 0; i < 3; i++) {
      act(() => vi.advanceTimersByTime(1000))
      expect(screen.getByRole('status').textContent).toBe(first)
    }
  })

  it('counts down but does not retry by itself past maxRetryAfterMs, and does not promise to', () => {
    const onRetry = vi.fn()
    const { container } = render(
      <RetryCountdown
        error={new ApiError({ type: 'RateLimited', retryAfterMs: 2000 })}
        onRetry={onRetry}
        maxRetryAfterMs={1000}
      />,
    )
    expect(visibleCountdown(container)).toHaveTextContent('You can retry in 2 s')
    expect(screen.getByRole('status')).toHaveTextContent('You can retry in 2 seconds.')
    act(() => vi.advanceTimersByTime(5000))
    expect(onRetry).not.toHaveBeenCalled()
  })

  it('restarts for a new error and stops on unmount', () => {
    const onRetry = vi.fn()
    const { container, rerender, unmount } = render(
      <RetryCountdown error={new ApiError({ type: 'RateLimited', retryAfterMs: 2000 })} onRetry={onRetry} />,
    )
    act(() => vi.advanceTimersByTime(1000))
    rerender(<RetryCountdown error={new ApiError({ type: 'RateLimited', retryAfterMs: 4000 })} onRetry={onRetry} />)
    expect(visibleCountdown(container)).toHaveTextContent('4')
    unmount()
    act(() => vi.advanceTimersByTime(10_000))
    expect(onRetry).not.toHaveBeenCalled()
  })

  it('inside ErrorBanner: the banner is the live region, the countdown adds no second one', () => {
    const onRetry = vi.fn()
    render(<ErrorBanner error={new ApiError({ type: 'RateLimited', retryAfterMs: 2000 })} onRetry={onRetry} />)
    expect(screen.getAllByRole('status')).toHaveLength(1)
    // The banner promises no automatic retry: it never sends one (the query layer does, see apiErrorQueryDefaults).
    expect(screen.getByRole('status')).toHaveTextContent('You can retry in 2 seconds.')
    act(() => vi.advanceTimersByTime(2000))
    expect(onRetry).not.toHaveBeenCalled()
  })
})

describe('ErrorBanner and Retry-After', () => {
  // A 401 or 403 with Retry-After is a rate limit, unless its code names the fault.
  const named: Record<number, object> = { 401: { error: 'invalid_token' }, 403: { error: 'insufficient_scope' } }
  const withRetryAfter = (status: number, data: object = named[status] ?? { message: 'no' }) =>
    parseApiError({ status, headers: { 'retry-after': '1' }, data })

  it.each([400, 401, 403, 404])('never re-sends a %i by itself, however long it stays on screen', (status) => {
    const onRetry = vi.fn()
    const error = withRetryAfter(status)
    expect(error.retryable).toBe(false)
    expect(error.type).not.toBe('RateLimited')
    render(<ErrorBanner error={error} onRetry={onRetry} />)
    // Checked while the 1 s wait still runs: a countdown shown for it would be on screen now.
    expect(document.querySelector('.rae-countdown')).toBeNull()
    act(() => vi.advanceTimersByTime(500))
    expect(document.querySelector('.rae-countdown')).toBeNull()
    for (let i = 0; i < 5; i++) act(() => vi.advanceTimersByTime(1000))
    expect(onRetry).not.toHaveBeenCalled()
    expect(document.querySelector('.rae-countdown')).toBeNull()
  })

  it.each([429, 503])(
    'holds Retry of a %i while its wait runs, sends nothing by itself, then lets it run',
    (status) => {
      const onRetry = vi.fn()
      render(<ErrorBanner error={withRetryAfter(status)} onRetry={onRetry} />)
      const retry = screen.getByRole('button', { name: 'Retry' })
      expect(retry).toHaveAttribute('aria-disabled', 'true')
      act(() => retry.click())
      expect(onRetry).not.toHaveBeenCalled()
      act(() => vi.advanceTimersByTime(1000))
      expect(onRetry).not.toHaveBeenCalled()
      expect(retry).not.toHaveAttribute('aria-disabled')
      act(() => retry.click())
      expect(onRetry).toHaveBeenCalledTimes(1)
    },
  )

  // The countdown and its hook hold the guard themselves, not only the banner around them.
  it.each([400, 401, 404])("RetryCountdown on its own shows a %i's wait but never re-sends it", (status) => {
    const onRetry = vi.fn()
    const { container } = render(<RetryCountdown error={withRetryAfter(status)} onRetry={onRetry} />)
    expect(visibleCountdown(container)).toHaveTextContent('You can retry in 1 s')
    expect(screen.getByRole('status')).toHaveTextContent('You can retry in 1 second.')
    for (let i = 0; i < 5; i++) act(() => vi.advanceTimersByTime(1000))
    expect(onRetry).not.toHaveBeenCalled()
  })

  it.each([400, 401, 404])("useRetryCountdown counts a %i's wait down and never calls onRetry", (status) => {
    const onRetry = vi.fn()
    const error = withRetryAfter(status)
    const { result } = renderHook(() => useRetryCountdown(error, { onRetry }))
    expect(result.current).toMatchObject({ delayMs: 1000, secondsLeft: 1, active: true, willRetry: false })
    act(() => vi.advanceTimersByTime(1000))
    expect(result.current).toMatchObject({ secondsLeft: 0, active: false })
    act(() => vi.advanceTimersByTime(5000))
    expect(onRetry).not.toHaveBeenCalled()
  })

  it('without onRetry, a 429 with Retry-After: 5 still says when the user may try again, and promises no retry', () => {
    const error = parseApiError({ status: 429, headers: { 'retry-after': '5' }, data: {} })
    const { container } = render(<ErrorBanner error={error} />)
    const banner = screen.getByRole('status')
    expect(visibleCountdown(container)).toHaveTextContent('You can retry in 5 s')
    expect(banner).toHaveTextContent('You can retry in 5 seconds.')
    expect(banner).not.toHaveTextContent('Retrying automatically in 5 seconds.')
    act(() => vi.advanceTimersByTime(2000))
    expect(visibleCountdown(container)).toHaveTextContent('You can retry in 3 s')
  })
})

describe('a wait longer than a week', () => {
  it.each([
    ['Retry-After: 99999999999', { 'retry-after': '99999999999' }],
    ['an X-RateLimit-Reset sent in milliseconds', { 'x-ratelimit-reset': String(Date.now() + 30_000) }],
  ])('%s shows no countdown: the banner says to try again later, and Retry works', (_name, headers) => {
    const onRetry = vi.fn()
    const error = parseApiError(new Response(null, { status: 429, headers }))
    const { container } = render(<ErrorBanner error={error} onRetry={onRetry} />)
    expect(container.querySelector('.rae-countdown')).toBeNull()
    expect(container).not.toHaveTextContent(/\d{4,} s/)
    expect(container).toHaveTextContent('Wait a moment before trying again.')
    screen.getByRole('button', { name: 'Retry' }).click()
    expect(onRetry).toHaveBeenCalledTimes(1)
  })
})
