import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, within } from 'storybook/test'
import type { ApiError, UpgradePromptProps } from '../../index.js'
import { UpgradePrompt } from '../../index.js'
import { sampleApiError } from '../../stories/support/errors.js'
import { catalogFor } from '../../stories/support/globals.js'

interface PromptArgs {
  type: 'PaymentRequired' | 'QuotaExceeded' | 'LimitExceeded'
  requestId?: string
  onUpgrade?: (error: ApiError) => void
}

const meta = {
  title: 'Components/UpgradePrompt',
  component: UpgradePrompt,
  render: ({ type, requestId, onUpgrade }) => (
    <UpgradePrompt error={sampleApiError({ type, requestId })} onUpgrade={onUpgrade} />
  ),
  args: { type: 'PaymentRequired', onUpgrade: fn() },
  argTypes: {
    error: { control: false },
    type: { control: 'inline-radio', options: ['PaymentRequired', 'QuotaExceeded', 'LimitExceeded'] },
  },
  parameters: {
    docs: {
      description: {
        component:
          'For PaymentRequired (upgrade the plan) and QuotaExceeded (a soft limit the plan can raise). For LimitExceeded it explains the hard limit and offers nothing to buy. Renders nothing for other types.',
      },
    },
  },
} satisfies Meta<PromptArgs & UpgradePromptProps>

export default meta
type Story = StoryObj<PromptArgs & UpgradePromptProps>

/** 402: the feature needs a paid plan; Upgrade opens the billing page. */
export const PaymentRequired: Story = {
  play: async ({ canvasElement, globals, args, userEvent }) => {
    const catalog = catalogFor(globals.locale)
    const prompt = within(canvasElement).getByRole('alert', { name: catalog.types.PaymentRequired.title })
    await userEvent.click(within(prompt).getByRole('button', { name: catalog.actions.upgrade }))
    await expect(args.onUpgrade).toHaveBeenCalledWith(expect.objectContaining({ type: 'PaymentRequired' }))
  },
}

/** QuotaExceeded: a soft limit, raised by upgrading. */
export const QuotaExceeded: Story = {
  args: { type: 'QuotaExceeded' },
  play: async ({ canvasElement, globals }) => {
    const catalog = catalogFor(globals.locale)
    const prompt = within(canvasElement).getByRole('alert', { name: catalog.types.QuotaExceeded.title })
    await expect(within(prompt).getByRole('button')).toHaveTextContent(catalog.actions.raiseQuota)
  },
}

/** LimitExceeded: a hard limit; nothing to buy, only to make the request smaller. */
export const HardLimit: Story = {
  args: { type: 'LimitExceeded' },
  play: async ({ canvasElement, globals }) => {
    const catalog = catalogFor(globals.locale)
    const prompt = within(canvasElement).getByRole('alert', { name: catalog.types.LimitExceeded.title })
    await expect(prompt).toHaveTextContent(catalog.types.LimitExceeded.description)
    await expect(within(prompt).queryByRole('button')).not.toBeInTheDocument()
  },
}

/** With a support reference, and no billing page wired: the prompt explains, without a button. */
export const WithoutBillingPage: Story = {
  args: { type: 'PaymentRequired', requestId: 'req_2Vb7Nc', onUpgrade: undefined },
  play: async ({ canvasElement, globals }) => {
    const prompt = within(canvasElement).getByRole('alert', {
      name: catalogFor(globals.locale).types.PaymentRequired.title,
    })
    await expect(prompt).toHaveTextContent('req_2Vb7Nc')
    await expect(within(prompt).queryByRole('button')).not.toBeInTheDocument()
  },
}
