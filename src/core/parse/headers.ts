/** Response headers, read once: lower-case name → value. */
export type HeaderMap = ReadonlyMap<string, string>

// A hostile or endless iterable stops here; real responses carry a few dozen headers.
const MAX_HEADERS = 1000

/**
 * Reads the headers of a response once, as clients hand them over — a `Headers`, a `Map`, axios's
 * `AxiosHeaders`, `[name, value]` pairs or a plain object — into a map by lower-case name. A list
 * gives its first value, a number its digits; of two spellings of one name the first wins. Never
 * throws: what a hostile object hides is left out.
 */
export function readHeaders(headers: unknown): HeaderMap {
  const map = new Map<string, string>()
  if (typeof headers !== 'object' || headers === null) return map
  try {
    if (Symbol.iterator in headers) {
      let count = 0
      for (const entry of headers as Iterable<unknown>) {
        if (++count > MAX_HEADERS) break
        if (Array.isArray(entry)) add(map, entry[0], entry[1])
      }
    } else {
      for (const name of Object.keys(headers).slice(0, MAX_HEADERS))
        add(map, name, (headers as Record<string, unknown>)[name])
    }
  } catch {
    // A throwing getter or iterator: keep what could be read.
  }
  return map
}

function add(map: Map<string, string>, name: unknown, value: unknown): void {
  if (typeof name !== 'string') return
  const first: unknown = Array.isArray(value) ? value[0] : value
  const key = name.toLowerCase()
  if (!map.has(key) && (typeof first === 'string' || typeof first === 'number')) map.set(key, String(first))
}

/** The first header whose name matches `pattern` and whose value is not blank, as `[name, value]`. */
export function headerLike(headers: HeaderMap, pattern: RegExp): [name: string, value: string] | undefined {
  for (const [name, value] of headers) if (value.trim() && pattern.test(name)) return [name, value]
  return undefined
}
