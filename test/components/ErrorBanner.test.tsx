import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createRef } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { ApiError, ApiErrorProvider, ErrorBanner, apiErrorTypes, en } from '../../src/index.js'
import type { ApiErrorType } from '../../src/index.js'
import fr from '../../src/messages/locales/fr.js'

const visible = apiErrorTypes.filter((type): type is Exclude<ApiErrorType, 'Aborted'> => type !== 'Aborted')
const INFORMATIONAL = ['RateLimited', 'Network', 'Timeout', 'Unavailable', 'ResourceLockedConflict']

describe.each([
  ['en', en],
  ['fr', fr],
])('every visible type in %s', (_locale, catalog) => {
  it.each(visible)('%s renders its own title and description', (type) => {
    render(
      <ApiErrorProvider messages={catalog}>
        <ErrorBanner error={new ApiError({ type })} />
      </ApiErrorProvider>,
    )
    const role = INFORMATIONAL.includes(type) ? 'status' : 'alert'
    const banner = screen.getByRole(role, { name: new RegExp(escape(normalize(catalog.types[type].title))) })
    expect(banner).toHaveTextContent(normalize(catalog.types[type].description))
    // No other type's title appears: each type reads differently.
    for (const other of visible.filter((t) => t !== type))
      expect(banner).not.toHaveTextContent(normalize(catalog.types[other].title))
  })
})

describe('ErrorBanner', () => {
  it('renders nothing for Aborted, null or undefined', () => {
    const { container } = render(
      <>
        <ErrorBanner error={new ApiError({ type: 'Aborted' })} />
        <ErrorBanner error={new DOMException('The user aborted a request.', 'AbortError')} />
        <ErrorBanner error={null} />
        <ErrorBanner error={undefined} />
      </>,
    )
    expect(container).toBeEmptyDOMElement()
  })

  it('parses whatever it is given', () => {
    render(<ErrorBanner error={new TypeError('Failed to fetch')} />)
    expect(screen.getByRole('status', { name: /connection/i })).toHaveAttribute('data-type', 'Network')
  })

  it('writes the severity out as text and marks it with an icon shape, not colour alone', () => {
    render(<ErrorBanner error={new ApiError({ type: 'Forbidden' })} />)
    const banner = screen.getByRole('alert')
    expect(banner).toHaveTextContent(`${en.severity.error}:`)
    expect(banner.querySelector('svg[aria-hidden="true"]')).toHaveAttribute('data-severity', 'error')
  })

  it('passes rest props to the root, forwards the ref and merges className', () => {
    const ref = createRef<HTMLDivElement>()
    render(
      <ErrorBanner
        ref={ref}
        error={new ApiError({ type: 'Conflict' })}
        className="mine"
        data-testid="banner"
        id="b1"
      />,
    )
    const banner = screen.getByTestId('banner')
    expect(ref.current).toBe(banner)
    expect(banner).toHaveClass('rae-banner', 'rae-banner--error', 'mine')
    expect(banner).toHaveAttribute('id', 'b1')
  })

  it('lets the app replace title, description and actions', () => {
    render(
      <ErrorBanner
        error={new ApiError({ type: 'Conflict' })}
        title="Custom title"
        description="Custom text"
        actions={<a href="/help">Help</a>}
      />,
    )
    expect(screen.getByRole('alert', { name: /Custom title/ })).toHaveTextContent('Custom text')
    expect(screen.getByRole('link', { name: 'Help' })).toBeInTheDocument()
  })

  it('calls the provider callback that fits the type', async () => {
    const user = userEvent.setup()
    const onSignIn = vi.fn()
    const onUpgrade = vi.fn()
    const onRequestAccess = vi.fn()
    const onContactSupport = vi.fn()
    const errors = {
      Unauthorized: new ApiError({ type: 'Unauthorized' }),
      PaymentRequired: new ApiError({ type: 'PaymentRequired' }),
      QuotaExceeded: new ApiError({ type: 'QuotaExceeded' }),
      Forbidden: new ApiError({ type: 'Forbidden' }),
      Runtime: new ApiError({ type: 'Runtime', id: 'err_77' }),
    }
    render(
      <ApiErrorProvider
        onSignIn={onSignIn}
        onUpgrade={onUpgrade}
        onRequestAccess={onRequestAccess}
        onContactSupport={onContactSupport}
      >
        {Object.entries(errors).map(([key, error]) => (
          <ErrorBanner key={key} error={error} data-testid={key} />
        ))}
      </ApiErrorProvider>,
    )
    await user.click(screen.getByRole('button', { name: en.actions.signIn }))
    await user.click(screen.getByRole('button', { name: en.actions.upgrade }))
    await user.click(screen.getByRole('button', { name: en.actions.raiseQuota }))
    await user.click(screen.getByRole('button', { name: en.actions.requestAccess }))
    await user.click(screen.getByRole('button', { name: en.actions.contactSupport }))
    expect(onSignIn).toHaveBeenCalledWith(errors.Unauthorized)
    expect(onUpgrade.mock.calls.map(([error]) => error)).toEqual([errors.PaymentRequired, errors.QuotaExceeded])
    expect(onRequestAccess).toHaveBeenCalledWith(errors.Forbidden)
    expect(onContactSupport).toHaveBeenCalledWith(errors.Runtime)
    expect(screen.getByTestId('Runtime')).toHaveTextContent('err_77')
  })

  it('offers no action without a callback to run it, and Retry only with onRetry', async () => {
    const user = userEvent.setup()
    const onRetry = vi.fn()
    const { rerender } = render(<ErrorBanner error={new ApiError({ type: 'Internal' })} />)
    expect(screen.queryByRole('button')).not.toBeInTheDocument()
    rerender(<ErrorBanner error={new ApiError({ type: 'Internal' })} onRetry={onRetry} />)
    await user.click(screen.getByRole('button', { name: en.actions.retry }))
    expect(onRetry).toHaveBeenCalledTimes(1)
  })

  it('dismisses until a new error arrives', async () => {
    const user = userEvent.setup()
    const onDismiss = vi.fn()
    const { rerender } = render(<ErrorBanner error={new ApiError({ type: 'Conflict' })} onDismiss={onDismiss} />)
    await user.click(screen.getByRole('button', { name: en.actions.dismiss }))
    expect(onDismiss).toHaveBeenCalledTimes(1)
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    rerender(<ErrorBanner error={new ApiError({ type: 'AlreadyExists' })} onDismiss={onDismiss} />)
    expect(screen.getByRole('alert', { name: new RegExp(escape(en.types.AlreadyExists.title)) })).toBeInTheDocument()
  })
})

// Testing Library collapses white space (French uses no-break spaces) in what it reads.
function normalize(text: string): string {
  return text.replace(/\s+/g, ' ')
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
