import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { ApiError, ApiErrorProvider, UpgradePrompt, en, parseApiError } from '../../src/index.js'

describe('UpgradePrompt', () => {
  it('PaymentRequired: upgrade copy and an Upgrade button', async () => {
    const user = userEvent.setup()
    const onUpgrade = vi.fn()
    const error = new ApiError({ type: 'PaymentRequired' })
    render(<UpgradePrompt error={error} onUpgrade={onUpgrade} />)
    const prompt = screen.getByRole('alert', { name: en.types.PaymentRequired.title })
    // The severity is written out, as in the banners, not carried by the icon alone.
    expect(prompt).toHaveTextContent(new RegExp(`^${en.severity.error}: ${en.types.PaymentRequired.title}`))
    expect(prompt).toHaveTextContent(en.types.PaymentRequired.description)
    await user.click(screen.getByRole('button', { name: en.actions.upgrade }))
    expect(onUpgrade).toHaveBeenCalledWith(error)
  })

  it('QuotaExceeded (a 403 body): a quota that can be raised, through the provider callback', async () => {
    const user = userEvent.setup()
    const onUpgrade = vi.fn()
    const error = parseApiError({
      status: 403,
      headers: {},
      data: { type: 'QuotaExceeded', code: 403, message: 'monthly messages' },
    })
    render(
      <ApiErrorProvider onUpgrade={onUpgrade}>
        <UpgradePrompt error={error} />
      </ApiErrorProvider>,
    )
    expect(screen.getByRole('alert', { name: en.types.QuotaExceeded.title })).toHaveTextContent(
      en.types.QuotaExceeded.description,
    )
    await user.click(screen.getByRole('button', { name: en.actions.raiseQuota }))
    expect(onUpgrade).toHaveBeenCalledWith(error)
  })

  it('LimitExceeded: explains the hard limit and offers nothing to buy', () => {
    render(<UpgradePrompt error={new ApiError({ type: 'LimitExceeded' })} onUpgrade={() => undefined} />)
    expect(screen.getByRole('alert', { name: en.types.LimitExceeded.title })).toHaveTextContent(
      en.types.LimitExceeded.description,
    )
    expect(screen.queryByRole('button')).not.toBeInTheDocument()
  })

  it('renders nothing for other types', () => {
    const { container } = render(<UpgradePrompt error={new ApiError({ type: 'Forbidden' })} />)
    expect(container).toBeEmptyDOMElement()
  })
})
