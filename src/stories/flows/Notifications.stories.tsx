import { useMutation } from '@tanstack/react-query'
import type { Meta, StoryObj } from '@storybook/react-vite'
import type { CSSProperties } from 'react'
import { expect, waitFor, within } from 'storybook/test'
import type { ApiErrorType } from '../../index.js'
import { ApiErrorNotifications } from '../../query/index.js'
import { sampleApiError } from '../support/errors.js'
import { catalogFor } from '../support/globals.js'
import { QueryFlow } from '../support/QueryFlow.js'
import { kitStylesheetApplies, withoutStylesheet } from '../support/withoutStylesheet.js'

/** A button whose mutation fails with `type` and has no onError of its own: the outlet shows it. */
function FailingAction({ label, type }: { label: string; type: ApiErrorType }) {
  const action = useMutation({ mutationFn: () => Promise.reject(sampleApiError({ type })) })
  return (
    <button type="button" className="rae-button" onClick={() => action.mutate()}>
      {label}
    </button>
  )
}

// Types the outlet shows (never Aborted), so each has copy in the catalog.
const ACTIONS: { label: string; type: Exclude<ApiErrorType, 'Aborted'> }[] = [
  { label: 'Archive', type: 'Internal' },
  { label: 'Share', type: 'Forbidden' },
  { label: 'Rename', type: 'Conflict' },
]

const meta = {
  title: 'Flows/Background notifications',
  // Its banners float over the page: shown on their own, never on a docs page among others.
  tags: ['!autodocs'],
  render: (_args, { parameters }) => (
    <QueryFlow>
      <section className="sb-flow" aria-labelledby="notifications-title">
        <h2 id="notifications-title">Documents</h2>
        <p>Three actions that fail in the background; nothing on the page shows their errors.</p>
        <div>
          {ACTIONS.map(({ label, type }) => (
            <FailingAction key={label} label={label} type={type} />
          ))}
        </div>
      </section>
      <ApiErrorNotifications style={parameters.notificationsStyle as CSSProperties | undefined} />
    </QueryFlow>
  ),
} satisfies Meta

export default meta

/**
 * `ApiErrorNotifications` with the stylesheet: a stack of banners in the corner, over the page
 * (no bullets, no indent, not as wide as the page); clicks between them reach the page.
 */
export const StackedInTheCorner: StoryObj = {
  play: async ({ canvasElement, globals, userEvent }) => {
    const canvas = within(canvasElement)
    for (const { label } of ACTIONS) await userEvent.click(canvas.getByRole('button', { name: label }))
    const region = canvas.getByRole('region', { name: 'Notifications' })
    await waitFor(() => expect(within(region).getAllByRole('listitem')).toHaveLength(3))
    const items = within(region).getAllByRole('listitem')

    const box = region.getBoundingClientRect()
    await expect(Math.abs(window.innerHeight - box.bottom - 16)).toBeLessThan(2)
    await expect(Math.abs(window.innerWidth - box.right - 16)).toBeLessThan(2)
    await expect(box.width).toBeLessThanOrEqual(26 * 16)
    for (const item of items) {
      // No bullet and no indent: each banner is as wide as the stack.
      await expect(getComputedStyle(item).listStyleType).toBe('none')
      const banner = item.firstElementChild!.getBoundingClientRect()
      await expect([banner.left, banner.right]).toEqual([box.left, box.right])
    }
    // The gap between two banners is the page's, not the region's.
    const [first, second] = items.map((item) => item.getBoundingClientRect())
    const gap = document.elementFromPoint(box.left + box.width / 2, (first!.bottom + second!.top) / 2)
    await expect(region.contains(gap)).toBe(false)

    const dismiss = catalogFor(globals.locale).actions.dismiss
    await userEvent.click(within(items[0]!).getByRole('button', { name: dismiss }))
    await expect(within(region).getAllByRole('listitem')).toHaveLength(2)
  },
}

/** `style={{ position: 'static' }}` (or a class of yours): the banners stay where the region is mounted, in the page's flow. */
export const WhereMounted: StoryObj = {
  parameters: { notificationsStyle: { position: 'static' } },
  play: async ({ canvasElement, userEvent }) => {
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: 'Archive' }))
    const region = canvas.getByRole('region', { name: 'Notifications' })
    await within(region).findByRole('listitem')
    await expect(getComputedStyle(region).position).toBe('static')
    const page = canvasElement.querySelector('section')!.getBoundingClientRect()
    await expect(region.getBoundingClientRect().top).toBeGreaterThanOrEqual(page.bottom)
    await expect(getComputedStyle(within(region).getByRole('listitem')).listStyleType).toBe('none')
  },
}

/** Without the stylesheet: a plain list of banners where the region is mounted, each readable and dismissable. */
export const WithoutStylesheet: StoryObj = {
  beforeEach: withoutStylesheet,
  play: async ({ canvasElement, globals, userEvent }) => {
    await expect(kitStylesheetApplies()).toBe(false)
    const canvas = within(canvasElement)
    for (const { label } of ACTIONS) await userEvent.click(canvas.getByRole('button', { name: label }))
    const region = canvas.getByRole('region', { name: 'Notifications' })
    await waitFor(() => expect(within(region).getAllByRole('listitem')).toHaveLength(3))
    // In the page's flow, below what it was mounted after, never over it.
    await expect(getComputedStyle(region).position).toBe('static')
    const page = canvasElement.querySelector('section')!.getBoundingClientRect()
    await expect(region.getBoundingClientRect().top).toBeGreaterThanOrEqual(page.bottom)
    const catalog = catalogFor(globals.locale)
    for (const { type } of ACTIONS) await expect(region).toHaveTextContent(catalog.types[type].title)
    const [first] = within(region).getAllByRole('listitem')
    await userEvent.click(within(first!).getByRole('button', { name: catalog.actions.dismiss }))
    await expect(within(region).getAllByRole('listitem')).toHaveLength(2)
  },
}
