import { apiErrorTypes, isApiErrorType } from '../error/taxonomy.js'
import type { ApiErrorAliases } from './types.js'
import { misuse } from '../shared/options.js'
import type { ApiErrorType } from '../error/types.js'
import { NOT_FOUND_ENDING, vendorCodes } from './vendorCodes.js'

/**
 * `rate_limited`, `RATE-LIMITED`, `Rate Limited` and `RateLimited` all become `ratelimited`; an
 * AWS namespace (`aws.protocols#`), a `:…` tail and a trailing `Exception` or `Error` are dropped.
 */
export const normalizeCode = (code: string): string =>
  code
    .slice(code.lastIndexOf('#') + 1)
    .split(':')[0]!
    .toLowerCase()
    .replace(/[^a-z\d]/g, '')
    .replace(/(.)(?:exception|error)$/, '$1')

/**
 * Vendor codes seen in the wild, beyond the 29 type names themselves (which always match), keyed
 * by their normalised form. Apps add their own with the `aliases` option.
 */
export const defaultApiErrorAliases: ApiErrorAliases = Object.fromEntries(
  Object.entries(vendorCodes).flatMap(([type, codes]) => codes.split(' ').map((code) => [code, type as ApiErrorType])),
)

const table = new Map<string, ApiErrorType>([
  ...apiErrorTypes.map((type) => [normalizeCode(type), type] as const),
  ...Object.entries(defaultApiErrorAliases),
])

/**
 * Looks a vendor code up in `extra`, then the built-in table, then a `…NotFound` ending
 * (`itemNotFound`). Keys are compared normalised and through own properties and a `Map`, so
 * `__proto__` or `toString` never match. An entry that maps to no type is skipped here (parsing
 * never throws); factories report it through `checkAliases`.
 */
export function lookupAlias(code: string, extra?: ApiErrorAliases): ApiErrorType | undefined {
  const key = normalizeCode(code)
  const found = Object.entries(extra ?? {}).find(
    ([alias, type]) => normalizeCode(alias) === key && isApiErrorType(type),
  )
  return found ? found[1] : (table.get(key) ?? (key.endsWith(NOT_FOUND_ENDING) ? 'ResourceNotFound' : undefined))
}

/** Throws a helpful error for an alias that maps to no type: for factories, where misuse should be loud. */
export function checkAliases(aliases: ApiErrorAliases | undefined, caller: string): void {
  for (const [code, type] of Object.entries(aliases ?? {})) {
    if (!isApiErrorType(type)) {
      misuse(
        caller,
        `alias ${JSON.stringify(code)} maps to ${JSON.stringify(type)}, which is not an ApiErrorType`,
        type,
        __DEV__ && `Use one of: ${apiErrorTypes.join(', ')}.`,
      )
    }
  }
}
