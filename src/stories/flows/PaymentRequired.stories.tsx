import { useMutation } from '@tanstack/react-query'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { useState } from 'react'
import { expect, fn, within } from 'storybook/test'
import type { ApiError } from '../../index.js'
import { UpgradePrompt } from '../../index.js'
import { catalogFor } from '../support/globals.js'
import { useStoryApiFetch } from '../support/mockApi.js'
import { QueryFlow } from '../support/QueryFlow.js'
import { StoryProvider } from '../support/StoryProvider.js'
import { handlers, server } from './PaymentRequired.mock.js'

interface FlowArgs {
  /** The provider's `onUpgrade`: where an app opens its billing page. */
  onUpgrade: (error: ApiError) => void
}

function ReportExport({ onUpgrade }: FlowArgs) {
  const apiFetch = useStoryApiFetch()
  const [billingOpen, setBillingOpen] = useState(false)
  const exportPdf = useMutation({
    mutationFn: async () =>
      (await (await apiFetch('/api/flows/billing/exports', { method: 'POST' })).json()) as { url: string },
  })
  const upgrade = useMutation({
    mutationFn: () => apiFetch('/api/flows/billing/plan', { method: 'POST' }),
    onSuccess: () => {
      setBillingOpen(false)
      exportPdf.reset()
    },
  })
  return (
    <StoryProvider
      onUpgrade={(error) => {
        onUpgrade(error)
        setBillingOpen(true)
      }}
    >
      <section className="sb-flow" aria-labelledby="report-title">
        <h2 id="report-title">Q3 report</h2>
        <div>
          <button type="button" className="rae-button rae-button--primary" onClick={() => exportPdf.mutate()}>
            Export as PDF
          </button>
        </div>
        <UpgradePrompt error={exportPdf.error} />
        {exportPdf.isSuccess && <p role="status">Exported: {exportPdf.data.url}</p>}
        {billingOpen && (
          <section className="sb-flow__panel" aria-labelledby="plans-title">
            <h3 id="plans-title">Choose a plan</h3>
            <p>Pro: PDF export, unlimited reports, €12 per seat per month.</p>
            <button type="button" className="rae-button rae-button--primary" onClick={() => upgrade.mutate()}>
              Switch to Pro
            </button>
          </section>
        )}
        {upgrade.isSuccess && <p>Your workspace is on the Pro plan.</p>}
      </section>
    </StoryProvider>
  )
}

const meta = {
  title: 'Flows/Payment required',
  tags: ['!autodocs'],
  render: (args) => (
    <QueryFlow>
      <ReportExport {...args} />
    </QueryFlow>
  ),
  args: { onUpgrade: fn() },
  parameters: { msw: { handlers: { paymentRequired: handlers } } },
} satisfies Meta<FlowArgs>

export default meta

/** 402 → the upgrade prompt → Upgrade opens the plans → switch to Pro → the export succeeds. */
export const UpgradeThenExport: StoryObj<typeof meta> = {
  play: async ({ canvasElement, globals, step, userEvent, args }) => {
    const canvas = within(canvasElement)
    const catalog = catalogFor(globals.locale)

    await step('the Pro feature is refused with 402: the upgrade prompt shows', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'Export as PDF' }))
      const prompt = await canvas.findByRole('alert', { name: catalog.types.PaymentRequired.title })
      await expect(prompt).toHaveTextContent(catalog.types.PaymentRequired.description)
      await userEvent.click(within(prompt).getByRole('button', { name: catalog.actions.upgrade }))
      await expect(args.onUpgrade).toHaveBeenCalledOnce()
      await expect(args.onUpgrade).toHaveBeenCalledWith(
        expect.objectContaining({ type: 'PaymentRequired', status: 402 }),
      )
    })

    await step('after upgrading, the same export succeeds', async () => {
      await userEvent.click(await canvas.findByRole('button', { name: 'Switch to Pro' }))
      await canvas.findByText('Your workspace is on the Pro plan.')
      await expect(canvas.queryByRole('alert')).not.toBeInTheDocument()
      await userEvent.click(canvas.getByRole('button', { name: 'Export as PDF' }))
      await expect(await canvas.findByRole('status')).toHaveTextContent('Exported: /exports/q3-report.pdf')
      const exports = server.latest().received.filter((request) => request.path === '/api/flows/billing/exports')
      await expect(exports).toHaveLength(2)
    })
  },
}
