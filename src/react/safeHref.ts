/**
 * The only links the kit renders: absolute `https:` URLs and same-site paths (`/billing`).
 * `javascript:`, `data:`, `http:`, protocol-relative `//host` and anything unparsable give undefined.
 */
export function safeHref(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined
  const trimmed = url.trim()
  if (/^\/(?![/\\])/.test(trimmed)) return trimmed
  try {
    return new URL(trimmed).protocol === 'https:' ? trimmed : undefined
  } catch {
    return undefined
  }
}
