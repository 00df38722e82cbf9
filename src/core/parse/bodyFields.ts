/** Safe reads of a parsed body: own properties of plain objects only, never the prototype chain. */
export type Dict = Record<string, unknown>

export const isDict = (value: unknown): value is Dict =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

export const own = (obj: unknown, key: string): unknown =>
  isDict(obj) && Object.hasOwn(obj, key) ? obj[key] : undefined

/** A string with something in it, else `undefined`. */
export const str = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value : undefined

/** The first non-blank string among `values`. */
export const first = (...values: unknown[]): string | undefined => values.map(str).find((v) => v !== undefined)

const splits = new Map<string, string[]>()
/** `text.split(by)`, done once per text: the kit's own constant key lists, read on every parse. */
export const split = (text: string, by: string): string[] =>
  splits.get(text) ?? splits.set(text, text.split(by)).get(text)!

/** The value at a dotted path (`error.details.0.reason`), through own properties and array items only. */
export const at = (value: unknown, path: string): unknown =>
  split(path, '.').reduce((node, key) => (Array.isArray(node) ? (node[Number(key)] as unknown) : own(node, key)), value)
