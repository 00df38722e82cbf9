import { REDACTED } from './redacted.js'
import { isSecretName } from './secretNames.js'

// Secrets named in echoed objects and headers. Only the head of a field (its name, separator and
// opening quote) is looked for, with bounded parts; the value is then scanned by hand, and only
// for a secret name, up to its end. A head inside a value already redacted is skipped, so every
// character is looked at a bounded number of times.

/**
 * The head of a field, up to its value: a quoted name — JSON `"password": "…"` (also escaped inside
 * a string, `\"password\":\"…\"`), a Python dict's `'password': '…'`, a Ruby hash's
 * `"password"=>"…"` — or a bare one after `{`, `,`, `(`, `[` or a space — Node's
 * `{ password: '…' }`, Ruby's `{:password=>"…"}` and `{password: "…"}`, Go's `%+v`
 * `{Password:hunter2}` and `map[password:hunter2]` — then `:` or `=>`, and the value's opening
 * quote or (looked at only) its first character. A quoted name cannot hold a quote, so a failed
 * start scans at most to the next one; every other part is bounded.
 */
const HEAD =
  /(?:(\\?)(["'])([^"'\\\r\n]{1,100})\1\2|[{,([\s]:?([A-Za-z_$][\w$.-]{0,63}))[ \t]{0,20}(?::|=>)[ \t]{0,20}(?:(\\?)(["'])|(?=[^\s,;{}[\]()'"\\]))/g

/** Redacts the values of secret-named fields in JSON, Python, Ruby, Node and Go dumps. */
export function withoutNamedFields(text: string): string {
  let out = ''
  let kept = 0
  for (const m of text.matchAll(HEAD)) {
    const [head, , , quoted, bare, escaped, quote] = m
    // A bare name with a bare value is Go's only when nothing stands between (`Password:x`):
    // prose such as `your password: see the docs` is no field.
    if (m.index < kept || !isSecretName((quoted ?? bare)!) || (bare && !quote && !head.endsWith(`${bare}:`))) continue
    const value = m.index + head.length
    out += text.slice(kept, value) + REDACTED
    kept = quote ? quotedEnd(text, value, quote, !!escaped) : bareEnd(text, value)
  }
  return kept === 0 ? text : out + text.slice(kept)
}

/**
 * The end of a quoted value: its closing quote (written `\"` when the field was escaped), else
 * the end of the line. A backslash and the character after it are one, so an escaped quote
 * inside the value does not end it.
 */
function quotedEnd(text: string, start: number, quote: string, escaped: boolean): number {
  for (let at = start; at < text.length; at++) {
    const c = text[at]
    if (c === '\n' || c === '\r') return at
    if (c === '\\') {
      if (escaped && text[at + 1] === quote) return at
      at++
    } else if (c === quote && !escaped) return at
  }
  return text.length
}

/** The end of an unquoted value: a space, a separator, a quote or a bracket. */
function bareEnd(text: string, start: number): number {
  let at = start
  while (at < text.length && !' \t\r\n,;{}[]()\'"'.includes(text[at]!)) at++
  return at
}

/**
 * An echoed `Cookie:` or `Set-Cookie:` header line (not `X-Cookie:`), up to the end of the line or
 * a double quote.
 */
const COOKIE_LINE = /(?<![\w-])(set-)?cookie[ \t]{0,20}:([^\r\n"]*)/gi

/** Every cookie value on an echoed `Cookie:` line, and the first (the cookie; the rest are its attributes) on a `Set-Cookie:` line. */
export const withoutCookieValues = (text: string): string =>
  text.replace(COOKIE_LINE, (line, setCookie: string | undefined, pairs: string) => {
    const redacted = pairs.split(';').map((pair, index) => {
      const equals = pair.indexOf('=')
      return equals === -1 || (setCookie && index > 0) ? pair : pair.slice(0, equals + 1) + REDACTED
    })
    return line.slice(0, line.length - pairs.length) + redacted.join(';')
  })
