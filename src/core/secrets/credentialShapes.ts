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
  return withoutSchemeCredentials(text.replace(USERINFO, '://').replace(JWT, REDACTED).replace(AWS_KEY_ID, REDACTED))
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
 * The userinfo of a URL (`https://user:p@ss@host/` → `https://host/`): the authority after `://`
 * ends at a space or control, `"` `#` `'` `/` `<` `>` `?` or `\`, and everything up to its last `@`
 * goes. Linear: an authority cannot hold another `://`, so no character is in two of them.
 */
const USERINFO = /:\/\/[^\0- "#'/<>?\\]*@/g
