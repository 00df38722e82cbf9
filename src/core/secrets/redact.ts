import { withoutCredentialShapes } from './credentialShapes.js'
import { withoutCookieValues, withoutNamedFields } from './namedFields.js'
import { withoutPathCredentials } from './pathCredentials.js'
import { percentDecode } from './percentDecode.js'
import { REDACTED } from './redacted.js'
import { isSecretName } from './secretNames.js'

/**
 * `name=value` at the start, after a space, or after `?`, `&`, `#`, `;`, `,` or a quote (URLs,
 * form bodies, prose); Ruby's `=>` is no `=`. Linear: a failed start scans only up to the next separator.
 */
const PARAM = /(^|[?&#;,\s"'])([^=?&#;,\s"']+)=(?!>)([^&#;\s]*)/g
/** A run of text between spaces and quotes, where an encoded URL may stand on its own. */
const RUN = /[^\s"'<>]+/g
/** How deep a URL carried inside a value carried inside a value … is looked into. */
const MAX_DEPTH = 2

/**
 * What every credential the patterns below find contains (a separator, a quote, a slash, an
 * escape or a scheme word): text without any of these has none.
 */
const MAYBE_SECRET = /[=@"':/%]|eyJ|A[KS]IA|bearer|basic|digest|token/i
/**
 * Where a cut can fall without splitting a credential: ASCII space, controls, `"`, `#`, `'`, `<`,
 * `>`, `?` and `\` end every JWT, key id, scheme credential, path credential and URL authority (a
 * parameter, cookie or quoted value cut there is still redacted from its start).
 */
const SAFE_CUT = /[\0- "#'<>?\\]/g

/**
 * Removes credentials from free text (a message, a URL, a form body): URL userinfo, bare JWTs,
 * AWS key ids, `Bearer …` credentials, credentials written as URL paths, echoed cookies, secret
 * fields of JSON and other object dumps, secret parameters — also inside a URL carried as a
 * parameter, percent-encoded or not. Everything else is left as written. With `keep`, only what
 * will be kept is read: the text is cut at the first safe place after `keep` characters (the
 * result then ends with that character, so it is longer than `keep`), unless redacting made the
 * head shorter than `keep`.
 */
export function redactSecrets(text: string, keep = Infinity): string {
  if (text.length > keep) {
    SAFE_CUT.lastIndex = keep
    const cut = SAFE_CUT.exec(text)
    const head = cut ? redact(text.slice(0, cut.index + 1), 0) : ''
    if (head.length > keep) return head
  }
  return redact(text, 0)
}

function redact(text: string, depth: number): string {
  if (!MAYBE_SECRET.test(text)) return text
  const params = withoutSecretParams(
    withoutNamedFields(withoutCookieValues(withoutPathCredentials(withoutCredentialShapes(text)))),
    depth,
  )
  // An encoded URL standing on its own (a JSON value, a path), once the parameters are done.
  return depth === 0 && params.includes('%')
    ? params.replace(RUN, (run) => (run.includes('%') && hidesSecret(run) ? REDACTED : run))
    : params
}

/** Secret `name=value` parameters, and the secrets of URLs carried in the others. */
function withoutSecretParams(text: string, depth: number): string {
  if (!text.includes('=')) return text
  return text.replace(PARAM, (all, sep: string, name: string, value: string) => {
    // A matrix parameter (`/cart;jsessionid=…/items`) ends where its path segment does.
    const slash = sep === ';' ? value.indexOf('/') : -1
    if (isSecretName(name)) return `${sep}${name}=${REDACTED}${slash === -1 ? '' : value.slice(slash)}`
    const carried = carriedValue(value, depth)
    return carried === value ? all : `${sep}${name}=${carried}`
  })
}

/**
 * A parameter value without a secret name of its own, cleaned of the secrets of a URL it carries
 * (`?next=https://app/reset?token=…`). An encoded one (`?next=https%3A%2F%2F…`, once or twice)
 * cannot be cleaned in place: it is redacted whole when its decoded text holds a secret.
 */
function carriedValue(value: string, depth: number): string {
  if (depth >= MAX_DEPTH) return value
  if (hidesSecret(value)) return REDACTED
  return value.includes('=') ? redact(value, depth + 1) : value
}

/** Whether percent-decoding `value` (up to three times) reveals a secret. */
function hidesSecret(value: string): boolean {
  let decoded = value
  for (let round = 0; round < 3 && decoded.includes('%'); round++) {
    const next = percentDecode(decoded)
    if (next === decoded) break
    decoded = next
  }
  // Decoded as far as it goes: what it carries is looked into without decoding again.
  return decoded !== value && redact(decoded, MAX_DEPTH) !== decoded
}
