import { useId, useState } from 'react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, within } from 'storybook/test'
import { ErrorBanner, en, explainApiError } from '../../index.js'

/** Reads the pasted headers: one `name: value` per line. */
const headersOf = (text: string): Record<string, string> =>
  Object.fromEntries(
    text
      .split('\n')
      .map((line) => [line.slice(0, line.indexOf(':')).trim(), line.slice(line.indexOf(':') + 1).trim()])
      .filter(([name]) => name),
  )

interface PlaygroundProps {
  status: number
  headers: string
  body: string
}

/** Paste a response (status, headers, body): see the explanation, and the banner it gives. */
function WhyThisType(props: PlaygroundProps) {
  const [status, setStatus] = useState(String(props.status))
  const [headers, setHeaders] = useState(props.headers)
  const [body, setBody] = useState(props.body)
  const id = useId()
  const { error, evidence } = explainApiError({ status: Number(status), headers: headersOf(headers), data: body })
  return (
    <div className="sb-flow sb-flow--columns">
      <form className="sb-flow" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor={`${id}-status`}>Status</label>
        <input id={`${id}-status`} inputMode="numeric" value={status} onChange={(e) => setStatus(e.target.value)} />
        <label htmlFor={`${id}-headers`}>Headers (one per line)</label>
        <textarea id={`${id}-headers`} rows={4} value={headers} onChange={(e) => setHeaders(e.target.value)} />
        <label htmlFor={`${id}-body`}>Body</label>
        <textarea id={`${id}-body`} rows={8} value={body} onChange={(e) => setBody(e.target.value)} />
      </form>
      <div className="sb-flow">
        <ErrorBanner error={error} onRetry={() => undefined} />
        <table>
          <caption>Why {error.type}?</caption>
          <thead>
            <tr>
              <th scope="col">About</th>
              <th scope="col">Value</th>
              <th scope="col">From</th>
              <th scope="col">Verdict</th>
            </tr>
          </thead>
          <tbody>
            {evidence.map((row, index) => (
              <tr key={index}>
                <td>{row.about}</td>
                <td>{row.value}</td>
                <td>{row.from}</td>
                <td>{row.verdict}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  )
}

const meta = {
  title: 'Examples/Why this type',
  component: WhyThisType,
  tags: ['!autodocs'],
} satisfies Meta<typeof WhyThisType>

export default meta
type Story = StoryObj<typeof meta>

/** A code read by its words decides over the status; editing the body changes the answer. */
export const CodeReadByItsWords: Story = {
  name: 'A code read by its words',
  args: {
    status: 400,
    headers: 'x-request-id: req_8f2a',
    body: '{"error":{"code":"ITEM_NAME_IN_USE","message":"That name is taken"}}',
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const table = canvas.getByRole('table', { name: 'Why AlreadyExists?' })
    const decided = within(table).getByRole('cell', {
      name: 'body.error.code → words "item name in use" → AlreadyExists',
    })
    await expect(decided.parentElement).toHaveTextContent('decided')
    await expect(within(table).getByRole('cell', { name: 'header x-request-id' })).toBeVisible()
    await expect(canvas.getByRole('alert', { name: new RegExp(en.types.AlreadyExists.title) })).toBeVisible()

    const body = canvas.getByLabelText('Body')
    await userEvent.clear(body)
    await userEvent.type(body, 'plain text, no code')
    await expect(canvas.getByRole('table', { name: 'Why InvalidPayload?' })).toBeVisible()
    await expect(canvas.getByRole('cell', { name: 'status 400 (fallback table)' }).parentElement).toHaveTextContent(
      'decided',
    )
  },
}

/** A spent rate limit on a 403, and the reset header the wait came from. */
export const SpentRateLimit: Story = {
  name: 'A 403 with its rate limit spent',
  args: {
    status: 403,
    headers: 'x-ratelimit-remaining: 0\nx-ratelimit-reset-after: 30',
    body: '{"message":"API rate limit exceeded"}',
  },
  play: async ({ canvasElement }) => {
    const table = within(canvasElement).getByRole('table', { name: 'Why RateLimited?' })
    await expect(
      within(table).getByRole('cell', { name: 'header x-ratelimit-remaining: 0, x-ratelimit-reset-after: 30' }),
    ).toBeVisible()
  },
}
