import { trimEnd } from '../shared/trimEnd.js'
import { isDict } from '../parse/bodyFields.js'

// Error bodies are small: the search stops this deep and this wide.
const MAX_DEPTH = 4
const MAX_KEYS = 64

/** The dotted path (`body.error.code`) where `body` holds `value` (as a string, a number or a URI's last segment), looked for near the top. */
export function locate(body: unknown, value: string, path = 'body', depth = 0): string | undefined {
  // A problem `type` URI says its code in its last segment.
  const text = typeof body === 'number' ? String(body) : typeof body === 'string' ? trimEnd(body, '/#?') : undefined
  if (text !== undefined && (text === value || text.endsWith(`/${value}`) || text.endsWith(`#${value}`))) return path
  if (depth >= MAX_DEPTH || (typeof body !== 'object' && !Array.isArray(body)) || body === null) return undefined
  const keys = Array.isArray(body) ? body.map((_, index) => String(index)) : isDict(body) ? Object.keys(body) : []
  for (const key of keys.slice(0, MAX_KEYS)) {
    const found = locate((body as Record<string, unknown>)[key], value, `${path}.${key}`, depth + 1)
    if (found) return found
  }
  return undefined
}
