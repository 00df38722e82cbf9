import { useMutation } from '@tanstack/react-query'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, within } from 'storybook/test'
import type { ApiError } from '../../index.js'
import { UpgradePrompt } from '../../index.js'
import { catalogFor } from '../support/globals.js'
import { useStoryApiFetch } from '../support/mockApi.js'
import { QueryFlow } from '../support/QueryFlow.js'
import { StoryProvider } from '../support/StoryProvider.js'
import { handlers, server } from './QuotaVsHardLimit.mock.js'

interface FlowArgs {
  onUpgrade: (error: ApiError) => void
}

function Campaigns({ onUpgrade }: FlowArgs) {
  const apiFetch = useStoryApiFetch()
  const send = useMutation({
    mutationFn: () =>
      apiFetch('/api/flows/limits/campaigns', { method: 'POST', body: JSON.stringify({ campaign: 'autumn-sale' }) }),
  })
  const importContacts = useMutation({
    mutationFn: () => apiFetch('/api/flows/limits/imports', { method: 'POST', body: JSON.stringify({ rows: 5000 }) }),
  })
  return (
    <StoryProvider onUpgrade={onUpgrade}>
      <div className="sb-flow sb-flow--columns">
        <section className="sb-flow" aria-labelledby="send-title">
          <h2 id="send-title">Autumn sale campaign</h2>
          <div>
            <button type="button" className="rae-button rae-button--primary" onClick={() => send.mutate()}>
              Send campaign
            </button>
          </div>
          <UpgradePrompt error={send.error} />
        </section>
        <section className="sb-flow" aria-labelledby="import-title">
          <h2 id="import-title">Contacts</h2>
          <div>
            <button type="button" className="rae-button" onClick={() => importContacts.mutate()}>
              Import 5 000 contacts
            </button>
          </div>
          <UpgradePrompt error={importContacts.error} />
        </section>
      </div>
    </StoryProvider>
  )
}

const meta = {
  title: 'Flows/Quota exceeded vs hard limit',
  tags: ['!autodocs'],
  render: (args) => (
    <QueryFlow>
      <Campaigns {...args} />
    </QueryFlow>
  ),
  args: { onUpgrade: fn() },
  parameters: { msw: { handlers: { limits: handlers } } },
} satisfies Meta<FlowArgs>

export default meta
type Story = StoryObj<typeof meta>

/** 403 QuotaExceeded: a soft limit, so the prompt offers to raise the quota. */
export const QuotaExceeded: Story = {
  play: async ({ canvasElement, globals, userEvent, args }) => {
    const canvas = within(canvasElement)
    const catalog = catalogFor(globals.locale)
    await userEvent.click(canvas.getByRole('button', { name: 'Send campaign' }))
    const prompt = await canvas.findByRole('alert', { name: catalog.types.QuotaExceeded.title })
    await expect(prompt).toHaveAttribute('data-type', 'QuotaExceeded')
    await userEvent.click(within(prompt).getByRole('button', { name: catalog.actions.raiseQuota }))
    await expect(args.onUpgrade).toHaveBeenCalledWith(expect.objectContaining({ type: 'QuotaExceeded', status: 403 }))
  },
}

/** 413 LimitExceeded: a hard limit, so the prompt explains it and offers nothing to buy. */
export const HardLimit: Story = {
  play: async ({ canvasElement, globals, userEvent, args }) => {
    const canvas = within(canvasElement)
    const catalog = catalogFor(globals.locale)
    await userEvent.click(canvas.getByRole('button', { name: 'Import 5 000 contacts' }))
    const prompt = await canvas.findByRole('alert', { name: catalog.types.LimitExceeded.title })
    await expect(prompt).toHaveAttribute('data-type', 'LimitExceeded')
    await expect(prompt).toHaveTextContent(catalog.types.LimitExceeded.description)
    await expect(within(prompt).queryByRole('button')).not.toBeInTheDocument()
    await expect(args.onUpgrade).not.toHaveBeenCalled()
  },
}

/** Both, side by side: only the quota can be raised. */
export const QuotaAndHardLimitSideBySide: Story = {
  play: async ({ canvasElement, globals, userEvent }) => {
    const canvas = within(canvasElement)
    const catalog = catalogFor(globals.locale)
    await userEvent.click(canvas.getByRole('button', { name: 'Send campaign' }))
    await userEvent.click(canvas.getByRole('button', { name: 'Import 5 000 contacts' }))
    const quota = await canvas.findByRole('alert', { name: catalog.types.QuotaExceeded.title })
    const limit = await canvas.findByRole('alert', { name: catalog.types.LimitExceeded.title })
    await expect(within(quota).getAllByRole('button')).toHaveLength(1)
    await expect(within(limit).queryAllByRole('button')).toHaveLength(0)
    await expect(server.latest().received.map((request) => request.path)).toEqual([
      '/api/flows/limits/campaigns',
      '/api/flows/limits/imports',
    ])
  },
}
