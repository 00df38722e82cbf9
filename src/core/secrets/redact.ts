export const REDACTED = '[REDACTED]'

/**
 * Names (query parameters, form fields, JSON keys, headers) that carry credentials, compared in
 * lower case without `-`, `_`, `.` or spaces: `api_key`, `X-API-Key` and `apiKey` are one name.
 * Any name containing one of `SECRET_PARTS` is secret; `SECRET_NAMES` must match whole.
 */
const SECRET_PARTS = [
  'token',
  'secret',
  'passw',
  'passphrase',
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
  'cookie',
  'authorization',
]
const SECRET_NAMES = ['auth', 'key', 'sig', 'code', 'jwt', 'pass', 'otp']

/** Whether a parameter, field or header called `name` holds a credential. */
export function isSecretName(name: string): boolean {
  const normal = safeDecode(name)
    .toLowerCase()
    .replace(/[-_.\s]/g, '')
  return SECRET_NAMES.includes(normal) || SECRET_PARTS.some((part) => normal.includes(part))
}

// Every pattern below runs in linear time on any text: its repeated parts cannot match the same
// characters two ways, and a failed start position scans only up to the next separator.

/** `name=value` at the start, after a space, or after `?`, `&`, `#`, `;`, `,` or a quote (URLs, form bodies, prose). */
const PARAM = /(^|[?&#;,\s"'])([^=?&#;,\s"']+)=([^&#;\s]*)/g
/** `"name": "value"` in JSON fragments, also when they arrive escaped (`\"name\":\"value\"`). */
const JSON_FIELD = /(\\?"([^"\\]+)\\?"\s*:\s*\\?")((?:[^"\\]|\\[^"])*)/g
/** A scheme word, and in the lookahead its credential: `Bearer abc…`, `Basic dXNl…`, `token ghp_…`. */
const SCHEME = /\b(?:bearer|basic|digest|token)\s+(?=([\w\-.~+/]+=*))/gi
/** A bare JWT (or JWE): base64url segments, the first one a JSON object (`eyJ`). */
const JWT = /(?<![\w-])eyJ[\w-]*(?:\.[\w-]*){2,}/g
/** AWS access key ids. */
const AWS_KEY_ID = /\b(?:AKIA|ASIA)[A-Z\d]{16}\b/g
/** An ordinary word after a scheme word ("Basic authentication failed"), not a credential. */
const WORD = /^[A-Za-z][a-z]*$/

/** What every credential the patterns below find contains: text without any of these has none. */
const MAYBE_SECRET = /[=@"]|eyJ|A[KS]IA|bearer|basic|digest|token/i
/**
 * Where a cut can fall without splitting a credential: ASCII space, controls, `"`, `#`, `'`, `<`,
 * `>`, `?` and `\` end every JWT, key id, scheme credential and URL authority (a parameter or
 * JSON value cut there is still redacted from its start).
 */
const SAFE_CUT = /[\0- "#'<>?\\]/g

/**
 * Removes credentials from free text (a message, a URL, a form body): user:password@ in URLs,
 * secret parameters and JSON fields, `Bearer …` credentials, bare JWTs and AWS key ids.
 * Everything else is left as written. With `keep`, only what will be kept is read: the text is
 * cut at the first safe place after `keep` characters (the result then ends with that character,
 * so it is longer than `keep`), unless redacting made the head shorter than `keep`.
 */
export function redactSecrets(text: string, keep = Infinity): string {
  if (text.length > keep) {
    SAFE_CUT.lastIndex = keep
    const cut = SAFE_CUT.exec(text)
    const head = cut ? redactSecrets(text.slice(0, cut.index + 1)) : ''
    if (head.length > keep) return head
  }
  if (!MAYBE_SECRET.test(text)) return text
  return withoutSchemeCredentials(withoutUserinfo(text).replace(JWT, REDACTED).replace(AWS_KEY_ID, REDACTED))
    .replace(JSON_FIELD, (all, head: string, name: string) => (isSecretName(name) ? `${head}${REDACTED}` : all))
    .replace(PARAM, (all, sep: string, name: string) => (isSecretName(name) ? `${sep}${name}=${REDACTED}` : all))
}

/**
 * Redacts what follows `Bearer`, `Basic`, `Digest` or `token` when it looks like a credential (8
 * characters or more, and not an ordinary word). The credential is only looked ahead at, so in
 * `token Bearer abc…` the word `Bearer` is seen as a scheme too.
 */
function withoutSchemeCredentials(text: string): string {
  let out = ''
  let kept = 0
  for (const match of text.matchAll(SCHEME)) {
    const credential = match[1]!
    const start = match.index + match[0].length
    if (start < kept || credential.length < 8 || (WORD.test(credential) && credential.length < 24)) continue
    out += text.slice(kept, start) + REDACTED
    kept = start + credential.length
  }
  return kept === 0 ? text : out + text.slice(kept)
}

/**
 * Drops the userinfo of every URL in `text` (`https://user:p@ss@host/` → `https://host/`): the
 * authority after `://` ends at `/`, `?`, `#`, `\`, a quote, `<`, `>` or a space, and everything up
 * to its last `@` goes. A plain scan: each character is looked at once.
 */
function withoutUserinfo(text: string): string {
  let out = ''
  let kept = 0
  for (let at = text.indexOf('://'); at !== -1; at = text.indexOf('://', at)) {
    const start = (at += 3)
    let lastAt = -1
    for (; at < text.length && !endsAuthority(text.charCodeAt(at)); at++) if (text.charCodeAt(at) === 64) lastAt = at
    if (lastAt !== -1) {
      out += text.slice(kept, start)
      kept = lastAt + 1
    }
  }
  return kept === 0 ? text : out + text.slice(kept)
}

// Space and controls, `"` `#` `'` `/` `<` `>` `?` `\`.
const endsAuthority = (code: number) =>
  code <= 32 ||
  code === 34 ||
  code === 35 ||
  code === 39 ||
  code === 47 ||
  code === 60 ||
  code === 62 ||
  code === 63 ||
  code === 92

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}
