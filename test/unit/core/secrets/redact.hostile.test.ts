import { describe, expect, it } from 'vitest'
import { redactSecrets } from '../../../../src/core/secrets/redact.js'

// Hostile text for the patterns that find secrets in URLs, cookie lines and object dumps: each
// filler is shaped to make a backtracking pattern quadratic, and the secret comes after it, where
// only a pattern that ran through the whole text finds it. ApiError clips text after redaction,
// so these call the redaction itself. Output only; speed is measured in npm run bench.
const N = 48_000
const CANARY = 'Cx9CANARYsecret7Zq'
const once = (text: string) => encodeURIComponent(text)

describe('hostile text before a secret', () => {
  it.each([
    [
      '%25 repeated inside an encoded parameter',
      `https://api.test/?next=${'%25'.repeat(N / 3)}${once(`?token=${CANARY}`)}`,
    ],
    [
      '%3D repeated inside an encoded parameter',
      `https://api.test/?next=${'%3D'.repeat(N / 3)}${once(`&token=${CANARY}`)}`,
    ],
    ['name= repeated', `${'a='.repeat(N / 2)}&next=${once(`/r?token=${CANARY}`)}`],
    ['/bot1 repeated before a Telegram token', `${'/bot1'.repeat(N / 5)}/bot123456789:AAH${CANARY}dqTcvCH1vGWJxfSeo/x`],
    ['/bot123: repeated', `${'/bot123:'.repeat(N / 8)}/bot123456789:AAH${CANARY}dqTcvCH1vGWJxfSeo/x`],
    ['/webhooks/1 repeated', `${'/webhooks/1'.repeat(N / 11)}/webhooks/123456789012345678/abc-${CANARY}_xyz01`],
    ['/services/T0 repeated', `${'/services/T0'.repeat(N / 12)}/services/T0ABCDEF12/B0ABCDEF34/a1${CANARY}bc`],
    ['/token repeated before a credential segment', `${'/token'.repeat(N / 6)}/${CANARY}9f2`],
    ['/ repeated before a credential segment', `${'/'.repeat(N)}token/${CANARY}9f2`],
    ['cookie: repeated', `${'cookie:'.repeat(N / 7)} sid=${CANARY}`],
    ['quotes repeated before a Python dict', `${"'".repeat(N)} {'password': '${CANARY}'}`],
    ['quoted names without a separator', `${"'a' ".repeat(N / 4)}{'password': '${CANARY}'}`],
    ['escaped quotes repeated', `${'\\"'.repeat(N / 2)} {\\"password\\":\\"${CANARY}\\"}`],
    ['a: repeated before a Go struct', `${'a:'.repeat(N / 2)}{Password:${CANARY}}`],
    ['names with spaces before =>', `${'a '.repeat(N / 2)}{"password"=>"${CANARY}"}`],
    ['quoted names of 99 characters', `${`'${'a'.repeat(99)}`.repeat(N / 100)} {'password': '${CANARY}'}`],
    ['bare names after spaces, without a separator', `${' a1'.repeat(N / 3)} {Password:${CANARY}}`],
    ['an unclosed value before an inspect dump', `{ note: '${'x'.repeat(N)} { password: '${CANARY}' }`],
  ])('%s', (_name, text) => {
    const out = redactSecrets(text)
    expect(out).not.toContain(CANARY)
    expect(out).toContain('[REDACTED]')
  })
})
