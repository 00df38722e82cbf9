import { describe, expect, it } from 'vitest'
import { ApiError, parseApiError } from '../../src/core/index.js'

// Redaction as every ApiError applies it to the text it keeps (message, request URL, cause).
const message = (text: string) => new ApiError({ type: 'InvalidPayload', message: text }).message
const url = (text: string) => new ApiError({ type: 'InvalidPayload', request: text }).request?.url

describe('secret shapes in free text', () => {
  it.each([
    ['password= at the start of a text', 'password=hunter2&user=ann', '[REDACTED]&user=ann'],
    ['password= after a space', 'login failed for password=hunter2 user=ann', 'password=[REDACTED] user=ann'],
    [
      'a form body',
      'grant_type=password&username=ann&password=hunter2&client_secret=s3cr3t',
      'password=[REDACTED]&client_secret=[REDACTED]',
    ],
    [
      'a JSON fragment',
      'bad request {"refresh_token":"rt_9f8e7d6c5b4a","scope":"read"}',
      '{"refresh_token":"[REDACTED]","scope":"read"}',
    ],
    [
      'an escaped JSON fragment',
      'echo: {\\"access_token\\":\\"at_9f8e7d6c5b4a\\"}',
      '{\\"access_token\\":\\"[REDACTED]\\"}',
    ],
    [
      'a bare JWT',
      'the JWT eyJhbGciOiJIUzI1NiJ9.eyJlbWFpbCI6ImFubkBleC50ZXN0In0.c2lnbmF0dXJl is not valid',
      'the JWT [REDACTED] is not valid',
    ],
    [
      'an AWS access key id',
      'The security token included in the request is invalid: AKIAIOSFODNN7EXAMPLE',
      'invalid: [REDACTED]',
    ],
    ['an AWS session key id', 'key ASIAY34FZKBOKMUTVV7A expired', 'key [REDACTED] expired'],
  ])('%s', (_name, text, kept) => {
    const out = message(text)
    expect(out).toContain(kept)
    expect(out).not.toMatch(/hunter2|s3cr3t|rt_9f8e|at_9f8e|eyJlbWFp|IOSFODNN|KBOKMUT/)
  })

  it.each([
    'subscription-key',
    'client_assertion',
    'SAMLResponse',
    'pwd',
    'private_key',
    'AccountKey',
    'X-Amz-Signature',
    'sessionid',
  ])('the parameter %s', (name) => {
    expect(url(`https://api.test/v1?page=2&${name}=CANARY_VALUE&q=ok`)).toBe(
      `https://api.test/v1?page=2&${name}=[REDACTED]&q=ok`,
    )
  })

  it('userinfo with several @', () => {
    expect(url('https://deploy:p@ss@w0rd@host.test/v1?x=1')).toBe('https://host.test/v1?x=1')
    expect(message('clone of https://ci:t@k3n@git.test/repo.git failed')).toBe(
      'clone of https://git.test/repo.git failed',
    )
  })

  it.each([
    'Basic authentication failed',
    'Bearer token required',
    'Token verification failed for this user',
    'The author field is required',
    'Contact ann@example.com',
    'page=2&sort=asc',
  ])('keeps ordinary words: %s', (text) => expect(message(text)).toBe(text))
})

describe('hostile server text (output only; speed is in npm run bench)', () => {
  const N = 48_000
  it('a run of ? before a secret parameter', () => {
    const out = message(`${'?'.repeat(N)} password=CANARY_VALUE`)
    expect(out).not.toContain('CANARY')
    expect(out.length).toBeLessThanOrEqual(1000)
  })

  it('a.a.a.… before a URL with userinfo', () => {
    const out = message(`${'a.'.repeat(N / 2)} https://u:CANARY@VALUE@host.test/`)
    expect(out).not.toContain('CANARY')
    expect(out).not.toContain('VALUE')
  })

  it('a problem type made of slashes', () => {
    const error = parseApiError({ status: 400, data: { type: `https://errors.test/${'/'.repeat(N)}x`, title: 'Bad' } })
    expect(error).toMatchObject({ type: 'InvalidPayload', status: 400 })
    expect(
      parseApiError({ status: 403, data: { type: `https://errors.test/probs/quota-exceeded${'/'.repeat(N)}` } }).type,
    ).toBe('QuotaExceeded')
  })
})

describe('a password echoed in an object dump', () => {
  it.each([
    ['a Python dict', `{'username': 'ann', 'password': 'hunter2'}`, `{'username': 'ann', 'password': '[REDACTED]'}`],
    ['Node util.inspect', `{ username: 'ann', password: 'hunter2' }`, `{ username: 'ann', password: '[REDACTED]' }`],
    ['a multi-line util.inspect', `{\n  username: 'ann',\n  password: 'hunter2'\n}`, `  password: '[REDACTED]'\n}`],
    ['Go %+v', '{Username:ann Password:hunter2}', '{Username:ann Password:[REDACTED]}'],
    ['a Go map', 'map[password:hunter2 user:ann]', 'map[password:[REDACTED] user:ann]'],
    ['a Ruby hash', `{"username"=>"ann", "password"=>"hunter2"}`, `{"username"=>"ann", "password"=>"[REDACTED]"}`],
    ['a Ruby hash with symbols', `{:password=>"hunter2"}`, `{:password=>"[REDACTED]"}`],
    ['a Ruby 3.4 hash', `{username: "ann", password: "hunter2"}`, `{username: "ann", password: "[REDACTED]"}`],
    ['a JSON number', `{"passcode": 1234567}`, `{"passcode": [REDACTED]}`],
    ['an escaped quote inside the value', `{"password":"hun\\"ter2","x":1}`, `{"password":"[REDACTED]","x":1}`],
    ['a value cut off at the end', `{'password': 'hunter2`, `{'password': '[REDACTED]`],
  ])('%s', (_name, dump, kept) => {
    const out = message(`Login failed: ${dump}`)
    expect(out).toContain(kept)
    expect(out).not.toMatch(/hunter2|ter2|1234567/)
  })

  it.each([
    `Key: 'User.Password' Error:Field validation for 'Password' failed on the 'required' tag`,
    'Error: invalid input',
    '{ user: "ann", note: "reset your password: see the docs" }',
  ])('keeps prose and harmless fields: %s', (text) => expect(message(text)).toBe(text))
})
