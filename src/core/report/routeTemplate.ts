import { hasScheme } from '../shared/url.js'

const DIGITS = /^\d+$/
const UUID = /^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/i
const HEX = /^[\da-f]{16,}$/i
const BASE62 = /^[\da-z]{16,}$/i
const DIGIT = /\d/

/** Whether one path segment names a record rather than a route: a number, a UUID, a long hex or base62 id. */
const isId = (segment: string) =>
  DIGITS.test(segment) || UUID.test(segment) || HEX.test(segment) || (BASE62.test(segment) && DIGIT.test(segment))

/**
 * The route a URL was sent to, for grouping: its path only (no origin, query or fragment), each
 * id segment replaced by `:id`. `https://api.example.com/users/42/posts?page=2` → `/users/:id/posts`.
 */
export function routeTemplate(url: string): string {
  let end = url.length
  for (const mark of ['?', '#']) {
    const at = url.indexOf(mark)
    if (at !== -1 && at < end) end = at
  }
  let path = url.slice(0, end)
  // An origin, written with a scheme or scheme-relative (`//api.example.com/…`), is dropped.
  const colon = hasScheme(path) ? path.indexOf(':') : -1
  const hostAt = path.startsWith('//', colon + 1) ? colon + 3 : -1
  if (hostAt !== -1) {
    const slash = path.indexOf('/', hostAt)
    path = slash === -1 ? '/' : path.slice(slash)
  }
  // Matrix parameters (`/cart;jsessionid=…`) can carry a session: only the segment's name stays.
  return path
    .split('/')
    .map((segment) => {
      const semicolon = segment.indexOf(';')
      const name = semicolon === -1 ? segment : segment.slice(0, semicolon)
      return isId(name) ? ':id' : name
    })
    .join('/')
}
