/**
 * Whitespace, control characters and backslashes: browsers drop tabs and newlines from a URL and
 * read `\` as `/`, so `'/\t/evil.com'` or `'/\\evil.com'` would leave the site. One character class: linear.
 */
const UNSAFE = /[\s\p{Cc}\\]/u

/**
 * The only links the kit renders: absolute `https:` URLs and same-site paths (`/billing`).
 * `javascript:`, `data:`, `http:`, protocol-relative `//host`, anything with whitespace, control
 * characters or backslashes, and anything unparsable give undefined.
 */
export function safeHref(url: unknown): string | undefined {
  if (typeof url !== 'string' || url === '' || UNSAFE.test(url)) return undefined
  if (url.startsWith('/')) return url[1] === '/' ? undefined : url
  try {
    return new URL(url).protocol === 'https:' ? url : undefined
  } catch {
    return undefined
  }
}
