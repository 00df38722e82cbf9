import { render, renderHook, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactNode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import {
  ApiError,
  ApiErrorProvider,
  ErrorBanner,
  UpgradePrompt,
  describeApiError,
  en,
  parseApiError,
  useApiError,
} from '../../src/index.js'
import type { ApiErrorProviderProps } from '../../src/index.js'
import ar from '../../src/messages/locales/ar.js'
import de from '../../src/messages/locales/de.js'
import es from '../../src/messages/locales/es.js'
import fr from '../../src/messages/locales/fr.js'
import ja from '../../src/messages/locales/ja.js'
import ptBR from '../../src/messages/locales/pt-BR.js'

// Stripe's documented card error (https://docs.stripe.com/api/errors): a 402 whose message is written for the customer.
const stripeDeclined = () =>
  parseApiError({
    status: 402,
    headers: { 'request-id': 'req_8fz2' },
    data: {
      error: {
        type: 'card_error',
        code: 'card_declined',
        decline_code: 'generic_decline',
        message: 'Your card was declined.',
      },
    },
  })

const paymentRequired = (code: string) => parseApiError({ status: 402, data: { error: { code, message: 'x' } } })

describe('a failed payment is not a plan upgrade', () => {
  it.each([
    'card_declined',
    'insufficient_funds',
    'expired_card',
    'payment_failed',
    'INSTRUMENT_DECLINED',
    'card_error',
  ])('a 402 %s asks for another payment method', (code) => {
    expect(paymentRequired(code)).toMatchObject({ type: 'PaymentRequired', action: 'updatePayment' })
  })

  it.each(['payment_required', 'subscription_required', 'PaymentRequired'])(
    'a 402 %s still asks for an upgrade',
    (code) => {
      expect(paymentRequired(code)).toMatchObject({ type: 'PaymentRequired', action: 'upgrade' })
      expect(new ApiError({ type: 'PaymentRequired' }).action).toBe('upgrade')
    },
  )

  it('only PaymentRequired: a quota, or a declined code on another type, keeps its action', () => {
    expect(new ApiError({ type: 'QuotaExceeded', code: 'card_declined' }).action).toBe('upgrade')
    expect(new ApiError({ type: 'Forbidden', code: 'payment_failed' }).action).toBe('requestAccess')
  })

  it('survives the server/client boundary', () => {
    const revived = parseApiError(JSON.parse(JSON.stringify(stripeDeclined().toJSON())))
    expect(revived).toMatchObject({ type: 'PaymentRequired', action: 'updatePayment', code: 'card_declined' })
  })

  it('says the payment failed, offers the payment method, and may show Stripe’s customer message', () => {
    const described = describeApiError(stripeDeclined(), { showServerMessages: true })
    expect(described).toMatchObject({
      type: 'PaymentRequired',
      title: en.paymentFailed.title,
      description: en.paymentFailed.description,
      actionLabel: en.actions.updatePayment,
      detail: 'Details: Your card was declined.',
      reference: 'Reference: \u2068req_8fz2\u2069',
    })
    expect(described.title).toBe('Payment failed')
    expect(described.description).not.toMatch(/upgrade|plan/i)
    // Server text stays opt-in, as for any 4xx.
    expect(describeApiError(stripeDeclined()).detail).toBeUndefined()
  })

  it.each([
    ['fr', fr],
    ['de', de],
    ['es', es],
    ['pt-BR', ptBR],
    ['ja', ja],
    ['ar', ar],
  ])('%s has its own words for it', (_, catalog) => {
    const described = describeApiError(stripeDeclined(), { messages: catalog })
    expect(described.title).toBe(catalog.paymentFailed.title)
    expect(described.actionLabel).toBe(catalog.actions.updatePayment)
    for (const text of [
      catalog.paymentFailed.title,
      catalog.paymentFailed.description,
      catalog.actions.updatePayment,
    ]) {
      expect(text).not.toBe('')
      expect([en.paymentFailed.title, en.paymentFailed.description, en.actions.updatePayment]).not.toContain(text)
    }
    expect(catalog.paymentFailed.title).not.toBe(catalog.types.PaymentRequired.title)
    expect(catalog.actions.updatePayment).not.toBe(catalog.actions.upgrade)
  })
})

describe('the Update payment method action', () => {
  const wrap =
    (props: Omit<ApiErrorProviderProps, 'children'>) =>
    ({ children }: { children: ReactNode }) => <ApiErrorProvider {...props}>{children}</ApiErrorProvider>

  it('UpgradePrompt: payment-failed copy and a button that calls the provider’s onUpdatePayment, not onUpgrade', async () => {
    const user = userEvent.setup()
    const onUpgrade = vi.fn()
    const onUpdatePayment = vi.fn()
    const error = stripeDeclined()
    render(<UpgradePrompt error={error} />, { wrapper: wrap({ onUpgrade, onUpdatePayment }) })
    const prompt = screen.getByRole('alert', { name: en.paymentFailed.title })
    expect(prompt).toHaveTextContent(en.paymentFailed.description)
    expect(screen.queryByRole('button', { name: en.actions.upgrade })).not.toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: en.actions.updatePayment }))
    expect(onUpdatePayment).toHaveBeenCalledWith(error)
    expect(onUpgrade).not.toHaveBeenCalled()
  })

  it('a prop wins over the provider; without onUpdatePayment anywhere, onUpgrade (the billing page) takes it', async () => {
    const user = userEvent.setup()
    const fromProvider = vi.fn()
    const fromProp = vi.fn()
    const error = stripeDeclined()
    const { unmount } = render(<UpgradePrompt error={error} onUpdatePayment={fromProp} />, {
      wrapper: wrap({ onUpdatePayment: fromProvider }),
    })
    await user.click(screen.getByRole('button', { name: en.actions.updatePayment }))
    expect(fromProp).toHaveBeenCalledWith(error)
    expect(fromProvider).not.toHaveBeenCalled()
    unmount()

    const onUpgrade = vi.fn()
    render(<ErrorBanner error={error} />, { wrapper: wrap({ onUpgrade }) })
    await user.click(screen.getByRole('button', { name: en.actions.updatePayment }))
    expect(onUpgrade).toHaveBeenCalledWith(error)
  })

  it('useApiError: updatePayment() and act() perform it', () => {
    const onUpdatePayment = vi.fn()
    const error = stripeDeclined()
    const { result } = renderHook(() => useApiError(error), { wrapper: wrap({ onUpdatePayment }) })
    expect(result.current).toMatchObject({ action: 'updatePayment', actionLabel: en.actions.updatePayment })
    result.current.act()
    result.current.updatePayment()
    expect(onUpdatePayment).toHaveBeenCalledTimes(2)
  })

  it('links: links.updatePayment, else the upgrade page', () => {
    const error = stripeDeclined()
    const href = (links: ApiErrorProviderProps['links']) =>
      renderHook(() => useApiError(error), { wrapper: wrap({ links }) }).result.current.actionHref
    expect(href({ updatePayment: '/billing/payment-method', upgrade: '/pricing' })).toBe('/billing/payment-method')
    expect(href({ upgrade: '/billing' })).toBe('/billing')
    expect(href({ updatePayment: 'javascript:alert(1)' })).toBeUndefined()
  })
})
