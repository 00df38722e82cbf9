import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, within } from 'storybook/test'
import { ErrorBanner, en, parseApiError } from '../../index.js'
import type { VisibleApiErrorType } from '../../index.js'
import { containing } from '../support/text.js'

/** One documented response, as its vendor sent it (bodies are facts, copied with their source). */
interface RealResponse {
  vendor: string
  source: string
  status: number
  headers: Record<string, string>
  body: unknown
}

/** The raw response beside the banner it becomes. */
function Dialect({ vendor, source, status, headers, body }: RealResponse) {
  const error = parseApiError({ status, headers, data: body })
  const raw = [
    `HTTP ${status}`,
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
    '',
    typeof body === 'string' ? body : JSON.stringify(body, null, 2),
  ].join('\n')
  return (
    <div className="sb-flow sb-flow--columns">
      <figure style={{ margin: 0 }}>
        <figcaption>
          {vendor}, as documented in <a href={source}>{source}</a>
        </figcaption>
        <pre style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{raw}</pre>
      </figure>
      <ErrorBanner error={error} onRetry={() => undefined} />
    </div>
  )
}

const meta = {
  title: 'Examples/API dialects',
  component: Dialect,
  tags: ['!autodocs'],
} satisfies Meta<typeof Dialect>

export default meta
type Story = StoryObj<typeof meta>

/** The banner (an alert, or a status for what retries itself) names the type the vendor meant. */
const becomes =
  (type: VisibleApiErrorType) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const canvas = within(canvasElement)
    const name = containing(en.types[type].title)
    const banner = canvas.queryByRole('alert', { name }) ?? canvas.getByRole('status', { name })
    await expect(banner).toHaveTextContent(en.types[type].description)
  }

/** OpenAI's `insufficient_quota` arrives as a 429, but waiting will not help: it is a quota. */
export const OpenAiQuotaOn429: Story = {
  name: 'OpenAI: a quota on a 429',
  args: {
    vendor: 'OpenAI',
    source: 'https://github.com/mattvr/ShellGPT/issues/23',
    status: 429,
    headers: {},
    body: {
      error: {
        message: 'You exceeded your current quota, please check your plan and billing details.',
        type: 'insufficient_quota',
        param: null,
        code: 'insufficient_quota',
      },
    },
  },
  play: becomes('QuotaExceeded'),
}

/** GitHub answers a spent rate limit with a 403; the wait comes from `X-RateLimit-Reset`, counted from its `Date`. */
export const GitHubRateLimitOn403: Story = {
  name: 'GitHub: a rate limit on a 403',
  args: {
    vendor: 'GitHub',
    source: 'https://github.com/hub4j/github-api/issues/220',
    status: 403,
    headers: {
      Date: 'Tue, 20 Aug 2013 14:50:41 GMT',
      'X-RateLimit-Limit': '60',
      'X-RateLimit-Remaining': '0',
      'X-RateLimit-Reset': '1377013266',
    },
    body: {
      message: 'API rate limit exceeded for xxx.xxx.xxx.xxx.',
      documentation_url: 'https://developer.github.com/v3/#rate-limiting',
    },
  },
  play: becomes('RateLimited'),
}

/** Slack reports errors with a 200: the body alone says the channel does not exist. */
export const SlackErrorOn200: Story = {
  name: 'Slack: an error on a 200',
  args: {
    vendor: 'Slack',
    source: 'https://qordinate.ai/errors/slack',
    status: 200,
    headers: {},
    body: { ok: false, error: 'channel_not_found' },
  },
  play: becomes('ResourceNotFound'),
}

/** AWS names the error in `__type`: a DynamoDB 400 that means a missing table. */
export const AwsResourceNotFoundOn400: Story = {
  name: 'AWS: not found on a 400',
  args: {
    vendor: 'AWS DynamoDB',
    source: 'https://github.com/hashicorp-education/learn-terraform-aft-account-request/issues/4',
    status: 400,
    headers: {
      'Content-Type': 'application/x-amz-json-1.0',
      'X-Amzn-Requestid': 'TJDPIMMABNDKPNBNPF41JRM613VV4KQNSO5AEMVJF66Q9ASUAAJG',
    },
    body: {
      __type: 'com.amazonaws.dynamodb.v20120810#ResourceNotFoundException',
      message: 'Requested resource not found',
    },
  },
  play: becomes('ResourceNotFound'),
}

/** ASP.NET Core's `ValidationProblemDetails`: a 400 with field errors is about the data; `$` names no field. */
export const AspNetValidationProblem: Story = {
  name: 'ASP.NET: a validation problem',
  args: {
    vendor: 'ASP.NET Core',
    source: 'https://github.com/dotnet/aspnetcore/issues/57714',
    status: 400,
    headers: { 'Content-Type': 'application/problem+json' },
    body: {
      type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1',
      title: 'One or more validation errors occurred.',
      status: 400,
      errors: { $: ['The input was not valid.'], request: ['The request field is required.'] },
      traceId: '00-03b1705be061cd08d86ed334c2f45eba-9e23a09ceaa7eb18-00',
    },
  },
  play: becomes('InvalidDataFormat'),
}

/** nginx's own 502 page says nothing a user should read: the status decides, the HTML is ignored. */
export const NginxBadGatewayPage: Story = {
  name: 'nginx: a bad gateway page',
  args: {
    vendor: 'nginx',
    source: 'https://github.com/judif/mtls-nginx-nodejs-example/issues/3',
    status: 502,
    headers: { 'Content-Type': 'text/html' },
    body: '<html>\n<head><title>502 Bad Gateway</title></head>\n<body>\n<center><h1>502 Bad Gateway</h1></center>\n<hr><center>nginx/1.21.6</center>\n</body>\n</html>',
  },
  play: async (context) => {
    await becomes('Unavailable')(context)
    await expect(context.canvasElement.querySelector('[role="alert"], [role="status"]')).not.toHaveTextContent('nginx')
  },
}
