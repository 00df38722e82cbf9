import { bidiIsolate } from '../catalog/bidiIsolate.js'

/**
 * What an identifier looks like: letters, digits and `.` `_` `:` `/` `-`, at most 100 characters,
 * at least one letter or digit, no `//` (so no URL). Request ids, UUIDs, a W3C `traceparent`, a
 * Cloudflare ray and a problem `instance` path all fit; prose, markup and control or bidi
 * characters do not.
 */
const IDENTIFIER = /^[\w.:/-]{1,100}$/
const ALPHANUMERIC = /[a-z\d]/i

/**
 * The id to show on the "Reference" line, bidi-isolated, or `undefined` when it does not look
 * like an identifier. The one rule for every place that shows it: a server may put any text
 * there (a body `id`, a problem `instance`, a proxy's `x-request-id`), on any status.
 */
export function supportReference(id: string | undefined): string | undefined {
  if (id === undefined || !IDENTIFIER.test(id) || !ALPHANUMERIC.test(id) || id.includes('//')) return undefined
  return bidiIsolate(id)
}
