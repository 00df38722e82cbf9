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

  // One case per entry of the secret-name table (src/core/secrets/redact.ts): removing any entry
  // fails its case. Whole names must be the parameter's whole name; parts may sit inside one.
  it.each([
    // Whole names.
    ['auth', 'auth', 'Firebase Realtime Database REST: ?auth=<ID token>'],
    ['key', 'key', 'Google APIs: ?key=<API key>'],
    ['sig', 'sig', 'Azure SAS signature'],
    ['code', 'code', 'OAuth authorization code on the redirect URL'],
    ['jwt', 'jwt', 'a token passed as ?jwt='],
    ['pass', 'pass', 'a password field called pass'],
    ['otp', 'otp', 'a one-time password'],
    // Parts, inside a longer name.
    ['token', 'refresh_token', 'OAuth token request'],
    ['secret', 'client_secret', 'OAuth client secret'],
    ['passw', 'new-password', 'a password form field'],
    ['passphrase', 'key_passphrase', 'a private key passphrase'],
    ['pwd', 'user_pwd', 'a password abbreviated'],
    ['apikey', 'X-Api-Key', 'an API key header echoed as a parameter'],
    ['accesskey', 'AccessKeyId', 'an access key id'],
    ['accountkey', 'AccountKey', 'Azure storage connection string'],
    ['privatekey', 'private_key', 'a service account private key'],
    ['subscriptionkey', 'subscription-key', 'Azure API Management'],
    ['clientassertion', 'client_assertion', 'OAuth client assertion (a signed JWT)'],
    ['samlresponse', 'SAMLResponse', 'a SAML response'],
    ['credential', 'X-Amz-Credential', 'AWS SigV4 presigned URL'],
    ['signature', 'X-Amz-Signature', 'AWS SigV4 presigned URL'],
    ['session', 'sessionid', 'a session id'],
    ['cookie', 'set_cookie', 'a cookie echoed as a parameter'],
    ['authorization', 'authorization', 'an Authorization header echoed as a parameter'],
  ])('the secret name %s: ?%s= is redacted (%s)', (_entry, name) => {
    expect(url(`https://api.test/v1?page=2&${name}=CANARY_VALUE&q=ok`)).toBe(
      `https://api.test/v1?page=2&${name}=[REDACTED]&q=ok`,
    )
  })

  it.each(['keyword', 'zipcode', 'author', 'passenger', 'signup', 'otps'])(
    'a name that only contains a whole secret name is kept: ?%s=',
    (name) => {
      const text = `https://api.test/v1?${name}=kept_value&q=ok`
      expect(url(text)).toBe(text)
    },
  )

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

describe('where a credential starts and ends', () => {
  it.each([
    ['Bearer abc12345 was refused', 'Bearer [REDACTED] was refused'],
    ['Bearer abc1234 was refused', 'Bearer abc1234 was refused'],
    ['Basic dXNlcjpwYXNz', 'Basic [REDACTED]'],
    ['Digest abcdefghijklmnopqrstuvwx', 'Digest [REDACTED]'],
    ['Digest abcdefghijklmnopqrstuvw is a word', 'Digest abcdefghijklmnopqrstuvw is a word'],
    ['token Bearer abc12345', 'token Bearer [REDACTED]'],
    ['Bearer abc12345 and token ghp_0123456789', 'Bearer [REDACTED] and token [REDACTED]'],
  ])('a scheme credential is 8 characters or more, and not a word under 24: %s', (text, kept) => {
    expect(message(text)).toBe(kept)
  })

  // The authority of a URL ends at each of these: an @ after it is not userinfo.
  it.each([' ', '"', '#', "'", '/', '<', '>', '?', '\\'])('the authority ends at %j', (end) => {
    const text = `see https://host.test${end}x@y.test`
    expect(message(text)).toBe(text)
  })

  it('a percent-encoded secret name is still a secret name, and a broken escape is kept as written', () => {
    expect(url('https://api.test/v1?access%5Ftoken=CANARY_VALUE')).toBe('https://api.test/v1?access%5Ftoken=[REDACTED]')
    expect(url('https://api.test/v1?bad%E0%A4%A=1')).toBe('https://api.test/v1?bad%E0%A4%A=1')
    expect(url('https://api.test/v1?access_token%ZZ=CANARY_VALUE')).toBe(
      'https://api.test/v1?access_token%ZZ=[REDACTED]',
    )
  })
})

describe('hostile server text (output only; speed is in npm run bench)', () => {
  const N = 48_000
  // Each text holds one secret inside the 1000 characters an ApiError keeps (it must be found
  // there) and one far past them, after the hostile run (it must not hang the patterns).
  it('a run of ? before a secret parameter', () => {
    const run = '?'.repeat(N)
    const out = message(`${run.slice(0, 500)} password=CANARY_KEPT ${run} password=CANARY_FAR`)
    expect(out).toContain(`${run.slice(0, 500)} password=[REDACTED]`)
    expect(out).not.toContain('CANARY')
    expect(out.length).toBeLessThanOrEqual(1000)
  })

  it('a.a.a.… before a URL with userinfo', () => {
    const run = 'a.'.repeat(N / 2)
    const out = message(
      `${run.slice(0, 400)} https://u:CANARY@VALUE@host.test/ ${run} https://u:CANARY@VALUE@far.test/`,
    )
    expect(out).toContain(`${run.slice(0, 400)} https://host.test/`)
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

describe('long text is cut before it is redacted, and no credential is split by the cut', () => {
  // A credential that starts just before the 1000th character and runs past it.
  const around = (credential: string, before: number) => `${'w'.repeat(before)} ${credential} and more text after it`
  it.each([
    ['a bearer credential', 'Bearer Qx7Zk2Lm9Pw4Rt8Yv3Nb6Hc1'],
    ['a JWT', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJRd2VydHkifQ.Qx7Zk2Lm9Pw4Rt8Yv3Nb6Hc1'],
    ['an AWS key id', 'AKIAQX7ZK2LM9PW4RT8Y'],
    ['a secret parameter', 'api_key=Qx7Zk2Lm9Pw4Rt8Yv3Nb6Hc1'],
    ['a JSON field with spaces in its value', '"password": "Qx7Zk2 Lm9Pw4 Rt8Yv3 Nb6Hc1"'],
    ['URL userinfo', 'https://deploy:Qx7Zk2Lm9Pw4@git.example/repo'],
  ])('%s', (_label, credential) => {
    for (let before = 950; before < 1000; before++) {
      const kept = message(around(credential, before))
      expect(kept.length).toBeLessThanOrEqual(1000)
      for (const piece of ['Qx7', 'Zk2', 'Lm9', 'Pw4', 'RT8', 'Rt8']) expect(kept).not.toContain(piece)
    }
  })

  it('keeps what follows a credential that redaction shortened', () => {
    const kept = message(`Bearer ${'Qx7Zk2Lm'.repeat(200)} then the reason: the token expired`)
    expect(kept).toBe('Bearer [REDACTED] then the reason: the token expired')
  })

  it('a text with no place to cut is redacted whole', () => {
    const kept = message(`${'a.'.repeat(600)}https://u:Qx7Zk2Lm9Pw4@host.example/${'b'.repeat(600)}`)
    expect(kept).not.toContain('Qx7')
    expect(kept.length).toBeLessThanOrEqual(1000)
  })
})
