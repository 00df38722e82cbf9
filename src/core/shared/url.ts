import { trimEnd } from './trimEnd.js'

/** A URL scheme at the start (`https:`, `mailto:`, `web+app:`), RFC 3986 §3.1. */
const SCHEME = /^[a-z][a-z\d+.-]*:/i

/** Whether `url` is absolute: it starts with a scheme. */
export const hasScheme = (url: string): boolean => SCHEME.test(url)

/**
 * `url` resolved against `base` the way API clients do (not as a browser would): an absolute
 * `url` is kept, a query or fragment is appended, a path is joined with exactly one slash.
 */
export function joinUrl(base: string | undefined, url: string): string {
  if (!base || hasScheme(url)) return url
  const root = trimEnd(base, '/')
  if (url === '' || url.startsWith('?') || url.startsWith('#')) return root + url
  return `${root}/${url.replace(/^\/+/, '')}`
}
