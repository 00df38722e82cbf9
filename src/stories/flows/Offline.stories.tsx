import { onlineManager, useMutation } from '@tanstack/react-query'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { useLayoutEffect, useState } from 'react'
import { expect, within } from 'storybook/test'
import { ErrorBanner, isApiError } from '../../index.js'
// Story checks compute the expected copy the way the kit does (internal helpers, not public API).
import { formatMessage } from '../../messages/index.js'
import { OfflineBanner } from '../../query/index.js'
import { catalogFor } from '../support/globals.js'
import { useStoryApiFetch } from '../support/mockApi.js'
import { QueryFlow } from '../support/QueryFlow.js'
import { containing } from '../support/text.js'
import { backOnlineHandlers, handlers, server } from './Offline.mock.js'

function DraftEditor() {
  const apiFetch = useStoryApiFetch()
  const [text, setText] = useState('Meeting notes: ship the beta on Monday')
  const save = useMutation({
    mutationFn: (draft: string) =>
      apiFetch('/api/flows/offline/drafts', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text: draft }),
      }),
  })
  const retry = () => save.variables !== undefined && save.mutate(save.variables)
  const offline = isApiError(save.error, 'Network')
  // When the browser says the connection is back, the failed save runs again by itself. (A layout
  // effect, so the listener is in place as soon as the warning is on screen.)
  useLayoutEffect(() => {
    if (!offline) return
    window.addEventListener('online', retry)
    return () => window.removeEventListener('online', retry)
  })
  return (
    <form
      className="sb-flow"
      aria-labelledby="draft-title"
      onSubmit={(event) => {
        event.preventDefault()
        save.mutate(text)
      }}
    >
      <h2 id="draft-title">Draft</h2>
      <label htmlFor="draft-text">Text</label>
      <textarea id="draft-text" rows={3} value={text} onChange={(event) => setText(event.target.value)} />
      <div>
        <button type="submit" className="rae-button rae-button--primary">
          Save draft
        </button>
      </div>
      <ErrorBanner error={save.error} onRetry={retry} />
      {save.isSuccess && <p role="status">Draft saved.</p>}
    </form>
  )
}

const meta = {
  title: 'Flows/Offline',
  tags: ['!autodocs'],
  render: () => (
    <QueryFlow>
      <DraftEditor />
    </QueryFlow>
  ),
  parameters: { msw: { handlers: { offline: handlers } } },
} satisfies Meta

export default meta

async function saveWhileOffline({ canvasElement, globals, userEvent }: Parameters<NonNullable<StoryObj['play']>>[0]) {
  const canvas = within(canvasElement)
  const catalog = catalogFor(globals.locale)
  await userEvent.click(canvas.getByRole('button', { name: 'Save draft' }))
  const banner = await canvas.findByRole('status', { name: containing(catalog.types.Network.title) })
  await expect(banner).toHaveAttribute('data-severity', 'warning')
  return { canvas, catalog, banner }
}

async function savedOnce(canvas: ReturnType<typeof within>) {
  await expect(await canvas.findByText('Draft saved.')).toHaveAttribute('role', 'status')
  const { received, state } = server.latest()
  await expect(received).toHaveLength(2)
  await expect(state.drafts).toEqual([{ text: 'Meeting notes: ship the beta on Monday' }])
}

/** The save fails with no connection → a warning with Retry → Retry once the connection is back → saved. */
export const RetriedByHand: StoryObj = {
  play: async (context) => {
    const { canvas, catalog, banner } = await saveWhileOffline(context)
    await context.userEvent.click(within(banner).getByRole('button', { name: catalog.actions.retry }))
    await savedOnce(canvas)
    await expect(
      canvas.queryByRole('status', { name: containing(catalog.types.Network.title) }),
    ).not.toBeInTheDocument()
  },
}

/** The save fails with no connection → the browser reports it is back online → the save runs again by itself. */
export const RetriedWhenBackOnline: StoryObj = {
  play: async (context) => {
    const { canvas, catalog } = await saveWhileOffline(context)
    window.dispatchEvent(new Event('online'))
    await savedOnce(canvas)
    await expect(
      canvas.queryByRole('status', { name: containing(catalog.types.Network.title) }),
    ).not.toBeInTheDocument()
  },
}

/**
 * The browser goes offline → the save waits (the banner counts one change waiting, nothing is
 * sent) → the connection is back → the draft is sent once, and the banner says so once.
 */
export const OfflineThenBackOnline: StoryObj = {
  render: () => (
    <QueryFlow>
      <OfflineBanner />
      <DraftEditor />
    </QueryFlow>
  ),
  parameters: { msw: { handlers: { offline: backOnlineHandlers } } },
  play: async ({ canvasElement, globals, userEvent }) => {
    const canvas = within(canvasElement)
    const catalog = catalogFor(globals.locale)
    onlineManager.setOnline(false)
    try {
      const banner = await canvas.findByRole('status', { name: containing(catalog.offline.title) })
      await expect(banner).toHaveTextContent(catalog.offline.description)
      await userEvent.click(canvas.getByRole('button', { name: 'Save draft' }))
      await expect(
        await within(banner).findByText(formatMessage(catalog.offline.pending, { count: 1 }, catalog.locale)),
      ).toBeInTheDocument()
      await expect(canvas.queryByText('Draft saved.')).not.toBeInTheDocument()
    } finally {
      onlineManager.setOnline(true)
    }
    await expect(await canvas.findByText('Draft saved.')).toBeInTheDocument()
    await expect(await canvas.findByRole('status', { name: containing(catalog.offline.restored) })).toBeInTheDocument()
    const { received, state } = server.latest()
    await expect(received).toHaveLength(1)
    await expect(state.drafts).toEqual([{ text: 'Meeting notes: ship the beta on Monday' }])
  },
}
