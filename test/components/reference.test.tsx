import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ApiErrorProvider, ErrorBanner, UpgradePrompt, describeApiError, parseApiError } from '../../src/index.js'
import ar from '../../src/messages/locales/ar.js'

// The "Reference" line quotes an identifier to support. It is the one piece of server text shown
// for every status, so it shows only what looks like an identifier, isolated from the copy around it.
const FSI = '\u2068'
const PDI = '\u2069'

/** A failure whose request id (a header any proxy may set) is `id`. */
const failure = (status: number, id: string, type?: string) =>
  parseApiError({ status, headers: { 'x-request-id': id }, data: type ? { type } : {} })

const PROSE = [
  ['a phishing line', 'Your account is locked. Call +1 800 555 0100 to restore access'],
  ['a bidi override', 'req_123\u202Eexe.kcatta'],
  ['a bidi isolate of its own', `${PDI}req_123${FSI}`],
  ['an absolute URL', 'https://support.evil.example/restore'],
  ['a control character', 'req_1\nCall us'],
  ['HTML', '<b>req</b>'],
  ['101 characters', 'a'.repeat(101)],
  ['punctuation only', '--'],
] as const

describe('the reference line', () => {
  it.each(PROSE)('is not shown for %s, on any status', (_name, id) => {
    for (const status of [400, 403, 404, 429, 500, 502, 503]) {
      expect(describeApiError(failure(status, id)).reference).toBeUndefined()
      expect(describeApiError(failure(status, id), { showServerMessages: true }).reference).toBeUndefined()
    }
  })

  it.each([
    ['a prefixed id', 'req_9Fm4Lp'],
    ['a UUID', '0f8fad5b-d9cb-469f-a165-70867728950e'],
    ['a W3C traceparent', '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01'],
    ['a Cloudflare ray', '8a1b2c3d4e5f6a7b-CDG'],
    ['a GitHub request id', 'C0DE:1A2B:3C4D5E:6F7A8B:65F0A1B2'],
    ['a problem instance path', '/account/12345/msgs/abc'],
    ['an opaque id of 100 characters', 'A1'.repeat(50)],
  ])('shows %s, bidi-isolated in left-to-right copy too', (_name, id) => {
    expect(describeApiError(failure(503, id)).reference).toBe(`Reference: ${FSI}${id}${PDI}`)
  })

  it('ErrorBanner and UpgradePrompt follow the same rule', () => {
    const phishing = PROSE[0][1]
    const { container, unmount } = render(
      <ApiErrorProvider showServerMessages>
        <ErrorBanner error={failure(503, phishing)} />
        <UpgradePrompt error={failure(402, phishing, 'PaymentRequired')} />
      </ApiErrorProvider>,
    )
    expect(container.querySelectorAll('.rae-banner, .rae-upgrade')).toHaveLength(2)
    expect(container).not.toHaveTextContent('800 555')
    expect(container.querySelector('.rae-banner__reference, .rae-upgrade__reference')).toBeNull()
    unmount()

    render(
      <>
        <ErrorBanner error={failure(503, 'req_7Hq2xK')} />
        <UpgradePrompt error={failure(402, 'req_7Hq2xK', 'PaymentRequired')} />
      </>,
    )
    for (const line of document.querySelectorAll('.rae-banner__reference, .rae-upgrade__reference'))
      expect(line.textContent).toBe(`Reference: ${FSI}req_7Hq2xK${PDI}`)
    expect(document.querySelectorAll('.rae-banner__reference, .rae-upgrade__reference')).toHaveLength(2)
  })

  it('is isolated once inside right-to-left copy', () => {
    render(
      <ApiErrorProvider messages={ar}>
        <ErrorBanner error={failure(500, 'req_9Fm4Lp')} />
      </ApiErrorProvider>,
    )
    expect(document.querySelector('.rae-banner__reference')?.textContent).toBe(`المرجع: ${FSI}req_9Fm4Lp${PDI}`)
  })
})
