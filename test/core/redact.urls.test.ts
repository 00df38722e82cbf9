import { describe, expect, it } from 'vitest'
import { ApiError, createApiErrorReporter, parseApiError } from '../../src/core/index.js'
import type { ApiErrorReport } from '../../src/core/index.js'

// Secrets a URL carries where no `name=` says so: inside an encoded URL given as a parameter, in
// session and PKCE parameters, and in paths that are themselves credentials. Each is checked
// where it ends up: `request.url`, `toJSON()` (it may reach public page HTML) and the reporter.
const CANARY = 'Cx9CANARYsecret7Zq'

/** Every place the URL of a failed request can be seen, as text. */
function seen(url: string): string[] {
  const error = new ApiError({ type: 'Internal', status: 500, request: { method: 'GET', url } })
  const sent: ApiErrorReport[] = []
  createApiErrorReporter({ send: (report) => sent.push(report) })(error)
  return [
    error.request?.url ?? '',
    JSON.stringify(error.toJSON()),
    JSON.stringify(parseApiError(JSON.parse(JSON.stringify(error)))),
    JSON.stringify(sent[0]),
  ]
}

const once = (text: string) => encodeURIComponent(text)

describe('an encoded URL carried as a parameter', () => {
  const s3 = `https://bucket.s3.amazonaws.com/report.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Security-Token=${CANARY}&X-Amz-Expires=300`
  const reset = `https://app.test/reset?token=${CANARY}&lang=en`

  it.each([
    ['an S3 presigned URL, encoded once', `https://api.test/v1/files?src=${once(s3)}&page=2`],
    ['an S3 presigned URL, encoded twice', `https://api.test/v1/files?src=${once(once(s3))}&page=2`],
    ['a reset link in ?next=, encoded once', `https://api.test/login?next=${once(reset)}`],
    ['a reset link in ?next=, encoded twice', `https://api.test/login?next=${once(once(reset))}#top`],
    ['a reset link in ?next=, not encoded', `https://api.test/login?next=${reset}`],
    ['an encoded URL with a malformed escape', `https://api.test/login?next=${once(reset)}%ZZ`],
  ])('%s', (_name, url) => {
    for (const view of seen(url)) expect(view).not.toContain(CANARY)
    // What is no secret stays readable.
    expect(seen(url)[0]).toMatch(/^https:\/\/api\.test\/(v1\/files\?src=|login\?next=)/)
  })

  it('keeps an encoded URL that carries nothing secret', () => {
    const url = `https://api.test/login?next=${once('https://app.test/home?tab=2')}`
    expect(seen(url)[0]).toBe(url)
  })

  it('in a JSON field of an echoed body', () => {
    const message = new ApiError({ type: 'InvalidPayload', message: JSON.stringify({ next: once(reset) }) }).message
    expect(message).not.toContain(CANARY)
  })
})

describe('session and PKCE names', () => {
  it.each(['PHPSESSID', 'connect.sid', 'sid', 'code_verifier', 'oauth_verifier', 'passcode', 'hmac', 'X-Hmac-Sha256'])(
    'the parameter %s',
    (name) => {
      const url = `https://api.test/v1/cb?state=ok&${name}=${CANARY}&page=2`
      for (const view of seen(url)) expect(view).not.toContain(CANARY)
      expect(seen(url)[0]).toBe(`https://api.test/v1/cb?state=ok&${name}=[REDACTED]&page=2`)
    },
  )

  it.each([
    ['a Cookie line', `Cookie: theme=dark; PHPSESSID=${CANARY}; _app_sess=${CANARY}`],
    ['a Set-Cookie line', `Set-Cookie: connect.sid=s%3A${CANARY}.sig; Path=/; HttpOnly`],
    ['a lower-case cookie line in a log', `sent cookie: connect.sid=${CANARY}\nstatus: 403`],
  ])('echoed in %s', (_name, text) => {
    const message = new ApiError({ type: 'Forbidden', message: `Rejected. ${text}` }).message
    expect(message).not.toContain(CANARY)
    expect(message).toMatch(/Rejected\. (Set-)?[Cc]ook|Rejected\. sent cookie/)
  })

  it('keeps the attributes of a Set-Cookie line and the text after a cookie line', () => {
    const message = new ApiError({
      type: 'Forbidden',
      message: `Set-Cookie: connect.sid=${CANARY}; Path=/; HttpOnly\nstatus: 403`,
    }).message
    expect(message).toBe('Set-Cookie: connect.sid=[REDACTED]; Path=/; HttpOnly\nstatus: 403')
  })
})

describe('URL paths that are credentials', () => {
  const telegram = `https://api.telegram.org/bot123456789:AAH${CANARY}dqTcvCH1vGWJxfSeo/sendMessage?chat_id=42`
  const discord = `https://discord.com/api/webhooks/123456789012345678/abc-${CANARY}_xyz0123456789ABCDEF`
  const slack = `https://hooks.slack.com/services/T0ABCDEF12/B0ABCDEF34/a1${CANARY}bc`
  const reset = `https://app.test/api/password-reset/${CANARY}9f2/confirm`

  it.each([
    ['a Telegram bot token', telegram, '/bot[REDACTED]/sendMessage'],
    ['a Discord webhook token', discord, '/api/webhooks/:id/[REDACTED]'],
    ['a Slack webhook secret', slack, '/services/T0ABCDEF12/B0ABCDEF34/[REDACTED]'],
    ['a segment after a secret-named segment', reset, '/api/password-reset/[REDACTED]/confirm'],
  ])('%s', (_name, url, route) => {
    for (const view of seen(url)) expect(view).not.toContain(CANARY)
    const sent: ApiErrorReport[] = []
    createApiErrorReporter({ send: (report) => sent.push(report) })(
      new ApiError({ type: 'Internal', status: 502, request: url }),
    )
    expect(sent[0]?.tags.route).toBe(route)
  })

  it('in a message', () => {
    const message = new ApiError({ type: 'Internal', message: `POST ${telegram} failed` }).message
    expect(message).toBe('POST https://api.telegram.org/bot[REDACTED]/sendMessage?chat_id=42 failed')
  })

  it.each([
    'https://api.test/v1/auth/callback',
    'https://api.test/v1/tokens/current',
    'https://api.test/v1/sessions/42',
    'https://api.test/v1/webhooks/42/deliveries',
  ])('keeps ordinary routes: %s', (url) => expect(seen(url)[0]).toBe(url))
})
