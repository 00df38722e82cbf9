import { REDACTED } from './redacted.js'
import { isSecretName } from './secretNames.js'

// Secrets named in echoed objects and headers. Only the head of a field (its name, separator and
// opening quote) is looked for, with bounded parts; the value is then scanned by hand, and only
// for a secret name, up to its end. A head inside a value already redacted is skipped, so every
// character is looked at a bounded number of times.

/** Where a field's value starts, and how it ends: at `quote` (written `\"` when `escaped`), or unquoted. */
interface Head {
  /** Where the head starts. */
  at: number
  name: string
  value: number
  quote?: string
  escaped?: boolean
}

/** A bare name and a quoted value inside an object: Node's `{ password: '…' }`, Ruby's `{:password=>"…"}` and `{password: "…"}`. */
const BARE_HEAD = /[{,([\n][ \t]{0,20}:?([A-Za-z_$][\w$.-]{0,63})[ \t]{0,20}(?::|=>)[ \t]{0,20}(["'])/g
/** Go's `%+v`, unquoted: `{Username:ann Password:hunter2}`, `map[password:hunter2]`. */
const GO_HEAD = /[{,([\s]([A-Za-z_][\w.-]{0,63}):(?=[^\s,;{}[\]()'"])/g
const SEPARATOR = /:|=>/g

const SHAPES: readonly ((text: string) => Iterable<Head>)[] = [
  quotedHeads,
  (text) =>
    Array.from(text.matchAll(BARE_HEAD), (m) => ({
      at: m.index,
      name: m[1]!,
      value: m.index + m[0].length,
      quote: m[2],
    })),
  (text) => Array.from(text.matchAll(GO_HEAD), (m) => ({ at: m.index, name: m[1]!, value: m.index + m[0].length })),
]

/** Redacts the values of secret-named fields in JSON, Python, Ruby, Node and Go dumps. */
export function withoutNamedFields(text: string): string {
  // Every shape has a `:` or a `=>` between name and value.
  return text.includes(':') || text.includes('=>') ? SHAPES.reduce(redactValues, text) : text
}

function redactValues(text: string, heads: (text: string) => Iterable<Head>): string {
  let out = ''
  let kept = 0
  for (const { at, name, value, quote, escaped = false } of heads(text)) {
    if (at < kept || !isSecretName(name)) continue
    out += text.slice(kept, value) + REDACTED
    kept = quote ? quotedEnd(text, value, quote, escaped) : bareEnd(text, value)
  }
  return kept === 0 ? text : out + text.slice(kept)
}

const isQuote = (c: string | undefined) => c === '"' || c === "'"
const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r'
const BARE_VALUE = /^[\w.+-]/

/**
 * A quoted name, `:` or `=>`, and a quoted or bare value: JSON (`"password": "…"`, also escaped
 * inside a string as `\"password\":\"…\"`), a Python dict (`'password': '…'`), a Ruby hash
 * (`"password"=>"…"`), a number (`"passcode": 123456`). Found from each separator, looking back
 * at most 20 spaces and a 100-character name, and ahead at most 20 spaces.
 */
function* quotedHeads(text: string): Generator<Head> {
  for (const m of text.matchAll(SEPARATOR)) {
    let close = m.index - 1
    while (close >= 0 && m.index - close <= 20 && isSpace(text[close])) close--
    const quote = text[close]
    if (!isQuote(quote)) continue
    const escaped = text[close - 1] === '\\'
    const nameEnd = escaped ? close - 1 : close
    let open = nameEnd - 1
    while (open >= 0 && nameEnd - open <= 100 && !'"\'\\\r\n'.includes(text[open]!)) open--
    if (text[open] !== quote || open === nameEnd - 1 || (escaped && text[open - 1] !== '\\')) continue
    const name = text.slice(open + 1, nameEnd)
    let value = m.index + m[0].length
    const after = value
    while (value - after < 20 && isSpace(text[value])) value++
    if (escaped) {
      if (text[value] === '\\' && isQuote(text[value + 1]))
        yield { at: open - 1, name, value: value + 2, quote: text[value + 1], escaped }
    } else if (isQuote(text[value])) yield { at: open, name, value: value + 1, quote: text[value] }
    else if (BARE_VALUE.test(text[value] ?? '')) yield { at: open, name, value }
  }
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

/** An echoed `Cookie:` or `Set-Cookie:` header line (found by its literal first, then checked before it). */
const COOKIE_HEAD = /cookie[ \t]{0,20}:[ \t]*/gi
const SET_ = /set-$/i
const WORD_CHAR = /[\w-]/

/**
 * Every cookie value on an echoed `Cookie:` line, and the first (the cookie; the rest are its
 * attributes) on a `Set-Cookie:` line, up to the end of the line or a double quote.
 */
export function withoutCookieValues(text: string): string {
  let out = ''
  let kept = 0
  for (const m of text.matchAll(COOKIE_HEAD)) {
    const setCookie = SET_.test(text.slice(Math.max(0, m.index - 4), m.index))
    const before = text[m.index - (setCookie ? 5 : 1)] ?? ''
    if (m.index < kept || WORD_CHAR.test(before)) continue
    const start = m.index + m[0].length
    let stop = start
    while (stop < text.length && !'\r\n"'.includes(text[stop]!)) stop++
    const pairs = text.slice(start, stop).split(';')
    const redacted = pairs.map((pair, index) => {
      const equals = pair.indexOf('=')
      return equals === -1 || (setCookie && index > 0) ? pair : pair.slice(0, equals + 1) + REDACTED
    })
    out += text.slice(kept, start) + redacted.join(';')
    kept = stop
  }
  return kept === 0 ? text : out + text.slice(kept)
}
