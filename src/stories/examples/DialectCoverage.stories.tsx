import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, within } from 'storybook/test'
import { DialectCoverage } from './DialectCoverage.js'

const meta = {
  title: 'Examples/Your own component in every error state/Dialect coverage',
  component: DialectCoverage,
  tags: ['!autodocs'],
} satisfies Meta<typeof DialectCoverage>

export default meta

/** Asked of apiErrorResponse live: six dialects say all 27 types; GitHub cannot say QuotaExceeded, and says why. */
export const Coverage: StoryObj<typeof meta> = {
  play: async ({ canvasElement }) => {
    const table = within(canvasElement).getByRole('table', { name: /Types each dialect/ })
    const rows = within(table).getAllByRole('row').slice(1)
    await expect(rows).toHaveLength(27)
    const column = (name: string) =>
      within(table)
        .getAllByRole('columnheader')
        .findIndex((header) => header.textContent === name)
    for (const dialect of ['problem', 'stripe', 'google', 'graphql', 'jsonapi', 'aws'])
      await expect(rows.every((row) => row.children[column(dialect)]!.textContent === 'yes')).toBe(true)
    const quota = rows.find((row) => row.children[0]!.textContent === 'QuotaExceeded')!
    await expect(quota.children[column('github')]).toHaveTextContent('no')
    await expect(quota.children[column('github')]).toHaveAttribute(
      'title',
      expect.stringContaining('reads back as Forbidden'),
    )
  },
}
