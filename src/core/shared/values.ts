export type Dict = Record<string, unknown>

/** Any object, a class instance too (client errors keep their parts behind getters and prototypes). */
export const isObject = (value: unknown): value is Dict => typeof value === 'object' && value !== null

/** The value when it is a string, else `undefined`. */
export const text = (value: unknown) => (typeof value === 'string' ? value : undefined)
