/** Safe reads of a parsed body: own properties of plain objects only, never the prototype chain. */
export type Dict = Record<string, unknown>

export const isDict = (value: unknown): value is Dict =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

export const own = (obj: unknown, key: string): unknown =>
  isDict(obj) && Object.hasOwn(obj, key) ? obj[key] : undefined

/** A string with something in it, else `undefined`. */
export const str = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value : undefined

/** The first non-blank string `obj` holds under one of `keys`. */
export function firstOwn(obj: unknown, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const value = own(obj, key)
    if (str(value)) return value as string
  }
  return undefined
}

/** Space-separated dotted paths, split once: `'error.code title'` → `[['error', 'code'], ['title']]`. */
export const paths = (list: string): string[][] => list.split(' ').map((path) => path.split('.'))

/** The value at a path (`['error', 'details', '0', 'reason']`), through own properties and array items only. */
export function at(value: unknown, keys: readonly string[]): unknown {
  for (const key of keys) {
    if (typeof value !== 'object' || value === null) return undefined
    value = Array.isArray(value) ? (value[Number(key)] as unknown) : own(value, key)
  }
  return value
}

/** The value at each path. */
export const atEach = (value: unknown, list: readonly string[][]): unknown[] => list.map((keys) => at(value, keys))

/** The first value at these paths that passes `test` (a non-blank string by default); later paths are not read. */
export function firstAt<T = string>(
  value: unknown,
  list: readonly string[][],
  test: (found: unknown) => unknown = str,
): T | undefined {
  for (const keys of list) {
    const found = at(value, keys)
    if (test(found)) return found as T
  }
  return undefined
}

// Error bodies are small: a huge map or list is looked through no further than this.
const MAX_KEYS = 64
const MAX_ITEMS = 8

/**
 * Calls `visit` with each key and value of `node` and of the objects within it, depth first,
 * at most `levels` deep, looking through the first items of lists; `visit` answers `true` to
 * skip what is inside a value.
 */
export function walk(
  node: unknown,
  levels: number,
  visit: (key: string, value: unknown, depth: number) => unknown,
  depth = 0,
): void {
  if (!isDict(node) || depth >= levels) return
  const keys = Object.keys(node)
  for (let k = 0; k < keys.length && k < MAX_KEYS; k++) {
    const value = node[keys[k]!]
    if (visit(keys[k]!, value, depth)) continue
    if (!Array.isArray(value)) walk(value, levels, visit, depth + 1)
    else for (let i = 0; i < value.length && i < MAX_ITEMS; i++) walk(value[i], levels, visit, depth + 1)
  }
}
