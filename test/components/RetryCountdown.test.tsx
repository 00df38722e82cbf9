import { act, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError, ErrorBanner, RetryCountdown, en, formatMessage } from '../../src/index.js'

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
    const { container } = render(<RetryCountdown error={new ApiError({ type: 'RateLimited', retryAfterMs: 3000 })} onRetry={onRetry} />)
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

  it('is announced once: the live text does not change with the ticks', () => {
    render(<RetryCountdown error={new ApiError({ type: 'RateLimited', retryAfterMs: 5000 })} onRetry={() => undefined} />)
    const live = screen.getByRole('status')
    const first = live.textContent
    expect(first).toBe(formatMessage(en.retryAnnouncement, { seconds: 5 }))
    for (let i = 0; i < 3; i++) {
      act(() => vi.advanceTimersByTime(1000))
      expect(screen.getByRole('status').textContent).toBe(first)
    }
  })

  it('counts down but does not retry by itself past maxAutoRetryMs, and does not promise to', () => {
    const onRetry = vi.fn()
    const { container } = render(<RetryCountdown error={new ApiError({ type: 'RateLimited', retryAfterMs: 2000 })} onRetry={onRetry} maxAutoRetryMs={1000} />)
    expect(visibleCountdown(container)).toHaveTextContent(en.retryWait.replace('{seconds}', '2'))
    expect(screen.getByRole('status')).toHaveTextContent(formatMessage(en.retryWaitAnnouncement, { seconds: 2 }))
    act(() => vi.advanceTimersByTime(5000))
    expect(onRetry).not.toHaveBeenCalled()
  })

  it('restarts for a new error and stops on unmount', () => {
    const onRetry = vi.fn()
    const { container, rerender, unmount } = render(<RetryCountdown error={new ApiError({ type: 'RateLimited', retryAfterMs: 2000 })} onRetry={onRetry} />)
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
    expect(screen.getByRole('status')).toHaveTextContent(formatMessage(en.retryAnnouncement, { seconds: 2 }))
    act(() => vi.advanceTimersByTime(2000))
    expect(onRetry).toHaveBeenCalledTimes(1)
  })
})
