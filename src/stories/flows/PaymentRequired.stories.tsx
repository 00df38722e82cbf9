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

type Play = NonNullable<StoryObj<typeof meta>['play']>
type Context = Parameters<Play>[0]

/** Export as PDF is refused with 402: the upgrade prompt shows the error's copy and action, and stays. */
async function refused({ canvasElement, globals, userEvent }: Context) {
  const canvas = within(canvasElement)
  const catalog = catalogFor(globals.locale)
  await userEvent.click(canvas.getByRole('button', { name: 'Export as PDF' }))
  const prompt = await canvas.findByRole('alert', { name: catalog.types.PaymentRequired.title })
  await expect(prompt).toBeVisible()
  await expect(prompt).toHaveTextContent(catalog.types.PaymentRequired.description)
  return { canvas, catalog, prompt }
}

/** Upgrade runs the provider's `onUpgrade` with the error: here it opens the plans, beside the prompt. */
async function choosingAPlan(context: Context) {
  const { canvas, catalog, prompt } = await refused(context)
  await context.userEvent.click(within(prompt).getByRole('button', { name: catalog.actions.upgrade }))
  await expect(context.args.onUpgrade).toHaveBeenCalledOnce()
  await expect(context.args.onUpgrade).toHaveBeenCalledWith(
    expect.objectContaining({ type: 'PaymentRequired', status: 402 }),
  )
  await expect(await canvas.findByRole('region', { name: 'Choose a plan' })).toBeVisible()
  return { canvas }
}

/*
 * The flow one state per story, so a visitor can step through it in the sidebar (each story stops
 * where its play function ends): 1. refused, 2. choosing a plan, 3. upgraded and exported.
 */

/** 1 — The Pro feature is refused with 402: the upgrade prompt, with its Upgrade button. */
export const RefusedWith402: StoryObj<typeof meta> = {
  name: '1. Refused with 402: the upgrade prompt',
  play: async (context) => {
    const { prompt, catalog } = await refused(context)
    await expect(within(prompt).getByRole('button', { name: catalog.actions.upgrade })).toBeVisible()
    await expect(context.args.onUpgrade).not.toHaveBeenCalled()
  },
}

/** 2 — Upgrade opens the app's plans (the provider's `onUpgrade`). */
export const ChoosingAPlan: StoryObj<typeof meta> = {
  name: '2. Upgrade: the plans open',
  play: async (context) => {
    await choosingAPlan(context)
  },
}

/** 3 — 402 → the upgrade prompt → Upgrade opens the plans → switch to Pro → the export succeeds. */
export const UpgradeThenExport: StoryObj<typeof meta> = {
  name: '3. Upgraded: the same export succeeds',
  play: async (context) => {
    const { step, userEvent } = context
    const { canvas } = await choosingAPlan(context)
    await step('after upgrading, the same export succeeds', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'Switch to Pro' }))
      await canvas.findByText('Your workspace is on the Pro plan.')
      await expect(canvas.queryByRole('alert')).not.toBeInTheDocument()
      await userEvent.click(canvas.getByRole('button', { name: 'Export as PDF' }))
      await expect(await canvas.findByRole('status')).toHaveTextContent('Exported: /exports/q3-report.pdf')
      const exports = server.latest().received.filter((request) => request.path === '/api/flows/billing/exports')
      await expect(exports).toHaveLength(2)
    })
  },
}
