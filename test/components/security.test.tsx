import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import {
  ApiErrorProvider,
  ErrorBanner,
  ErrorMessage,
  FieldErrors,
  UpgradePrompt,
  parseApiError,
} from '../../src/index.js'

const XSS = '<img src=x onerror="window.__pwned=1">'
const STACK =
  'TypeError: Cannot read properties of undefined\n    at handler (/srv/app/api.js:42:13)\n    at secret-internal-host:5432'

describe('server text', () => {
  it('renders a 4xx detail only as text, truncated, and only where allowed', () => {
    const error = parseApiError({ status: 409, headers: {}, data: { message: `${XSS} ${'x'.repeat(500)}` } })
    const { container, rerender } = render(<ErrorBanner error={error} />)
    expect(container).not.toHaveTextContent('onerror')
    rerender(
      <ApiErrorProvider showServerMessages>
        <ErrorBanner error={error} />
      </ApiErrorProvider>,
    )
    const detail = container.querySelector('.rae-banner__detail')
    expect(detail).toHaveTextContent('<img src=x onerror=')
    expect(detail?.textContent?.length).toBeLessThan(260)
    expect(container.querySelector('img')).toBeNull()
    expect((window as { __pwned?: number }).__pwned).toBeUndefined()
  })

  it.each([500, 502, 503, 504, 418])('never shows server text for a %i, even when allowed', (status) => {
    const error = parseApiError({
      status,
      headers: {},
      data: { message: STACK, type: status === 418 ? 'Unknown' : undefined },
    })
    const { container } = render(
      <ApiErrorProvider showServerMessages>
        <ErrorBanner error={error} onRetry={() => undefined} />
        <ErrorMessage error={error} />
      </ApiErrorProvider>,
    )
    expect(container).not.toHaveTextContent('secret-internal-host')
    expect(container).not.toHaveTextContent('api.js')
  })

  it('renders hostile field messages and ids as text', () => {
    const error = parseApiError({
      status: 422,
      headers: {},
      data: { id: XSS, errors: [{ field: 'name', message: XSS }], type: 'QuotaExceeded' },
    })
    const { container } = render(
      <>
        <FieldErrors error={error} />
        <UpgradePrompt error={error} />
        <ErrorBanner error={error} />
      </>,
    )
    expect(container.querySelector('img')).toBeNull()
    expect(container).toHaveTextContent('onerror')
  })

  it('shows no field messages from a 5xx', () => {
    const error = parseApiError({ status: 500, headers: {}, data: { errors: [{ field: 'db', message: STACK }] } })
    const { container } = render(<FieldErrors error={error} />)
    expect(container).toBeEmptyDOMElement()
  })
})

describe('links', () => {
  it.each([
    ['javascript:alert(1)', false],
    ['  JavaScript:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['http://billing.example.com', false],
    ['//evil.example.com/billing', false],
    ['/\\evil.example.com', false],
    // Browsers drop tabs and newlines from a URL and read a backslash as a slash: each of these lands on evil.com.
    ['/\t/evil.com', false],
    ['/\n/evil.com', false],
    ['/\r\\evil.com', false],
    ['/billing\\..\\\\evil.com', false],
    ['https://billing.example.com/up grade', false],
    ['/bil\u0000ling', false],
    ['not a url', false],
    ['https://billing.example.com/upgrade?plan=pro', true],
    ['/billing', true],
  ])('%s is rendered as a link: %s', (href, allowed) => {
    render(
      <ApiErrorProvider links={{ upgrade: href, contactSupport: href }}>
        <ErrorBanner error={parseApiError({ type: 'PaymentRequired', code: 402 })} />
        <UpgradePrompt error={parseApiError({ type: 'QuotaExceeded', code: 403 })} />
        <ErrorBanner error={parseApiError({ type: 'Runtime', code: 400 })} />
      </ApiErrorProvider>,
    )
    const links = screen.queryAllByRole('link')
    expect(links).toHaveLength(allowed ? 3 : 0)
    for (const link of links) expect(link).toHaveAttribute('href', href.trim())
    expect(document.querySelector('a[href^="javascript" i], a[href^="data" i]')).toBeNull()
  })

  it('prefers the provider callback over a link', () => {
    render(
      <ApiErrorProvider links={{ upgrade: '/billing' }} onUpgrade={() => undefined}>
        <ErrorBanner error={parseApiError({ type: 'PaymentRequired', code: 402 })} />
      </ApiErrorProvider>,
    )
    expect(screen.queryByRole('link')).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Upgrade' })).toBeInTheDocument()
  })
})
