import { percentDecode } from './percentDecode.js'

/**
 * Names (query parameters, form fields, JSON keys, headers, cookies) that carry credentials,
 * compared in lower case without `-`, `_`, `.` or spaces: `api_key`, `X-API-Key` and `apiKey` are
 * one name. Any name containing one of `SECRET_PARTS` is secret; `SECRET_NAMES` must match whole.
 */
const SECRET_PARTS = [
  'token',
  'secret',
  'passw',
  'passphrase',
  'passcode',
  'pwd',
  'apikey',
  'accesskey',
  'accountkey',
  'privatekey',
  'subscriptionkey',
  'clientassertion',
  'samlresponse',
  'credential',
  'signature',
  'session',
  'sessid',
  'cookie',
  'authorization',
  // PKCE's code_verifier, OAuth 1's oauth_verifier.
  'verifier',
  'hmac',
]
const SECRET_NAMES = ['auth', 'key', 'sig', 'code', 'jwt', 'pass', 'otp', 'sid']
/** A session cookie named after its framework: `connect.sid`, `koa.sid`, `app_sid`. */
const SID_SUFFIX = /[-_.]sid$/
const ANY_PART = new RegExp(SECRET_PARTS.join('|'))

/** Whether a parameter, field, header or cookie called `name` holds a credential. */
export function isSecretName(name: string): boolean {
  const lower = percentDecode(name).toLowerCase()
  const normal = lower.replace(/[-_.\s]/g, '')
  return SECRET_NAMES.includes(normal) || ANY_PART.test(normal) || SID_SUFFIX.test(lower)
}
