import { REDACTED } from './redacted.js'

// Credentials known by their shape, wherever they stand. Each pattern runs in linear time: its
// repeated parts cannot match the same characters two ways.

/** A scheme word, and in the lookahead its credential: `Bearer abc…`, `Basic dXNl…`, `token ghp_…`. */
const SCHEME = /\b(?:bearer|basic|digest|token)\s+(?=([\w\-.~+/]+=*))/gi
/** A bare JWT (or JWE): base64url segments, the first one a JSON object (`eyJ`). */
const JWT = /(?<![\w-])eyJ[\w-]*(?:\.[\w-]*){2,}/g
/** AWS access key ids. */
const AWS_KEY_ID = /\b(?:AKIA|ASIA)[A-Z\d]{16}\b/g
/** An ordinary word after a scheme word ("Basic authentication failed"), not a credential. */
const WORD = /^[A-Za-z][a-z]*$/

/** Drops URL userinfo, bare JWTs, AWS key ids and the credentials after `Bearer`, `Basic`, `Digest` or `token`. */
export function withoutCredentialShapes(text: string): string {
  return withoutSchemeCredentials(withoutUserinfo(text).replace(JWT, REDACTED).replace(AWS_KEY_ID, REDACTED))
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
    for (; at < text.length && !ENDS_AUTHORITY.test(text[at]!); at++) if (text[at] === '@') lastAt = at
    if (lastAt !== -1) {
      out += text.slice(kept, start)
      kept = lastAt + 1
    }
  }
  return kept === 0 ? text : out + text.slice(kept)
}

/** Space and controls, `"` `#` `'` `/` `<` `>` `?` `\`: where a URL authority ends. */
const ENDS_AUTHORITY = /[\0- "#'/<>?\\]/
