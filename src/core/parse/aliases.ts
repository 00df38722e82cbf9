import { apiErrorTypes, isApiErrorType } from '../error/taxonomy.js'
import { codeWords } from './codeWords.js'
import type { ApiErrorAliases } from './types.js'
import { misuse } from '../shared/options.js'
import type { ApiErrorType } from '../error/types.js'
import { typeForWords, WEAK_WORDS_TYPE } from './typeForWords.js'
import { vendorCodes } from './vendorCodes.js'

// The words run together, a trailing `Exception` or `Error` dropped.
const joined = (words: string): string => words.replace(/ /g, '').replace(/(.)(?:exception|error)$/, '$1')

/**
 * `rate_limited`, `RATE-LIMITED`, `Rate Limited` and `RateLimited` all become `ratelimited`; an
 * AWS namespace (`aws.protocols#`), a `:…` tail and a trailing `Exception` or `Error` are dropped.
 * Prose (see `codeWords`) has no normal form: it is `''`.
 */
export const normalizeCode = (code: string): string => joined(codeWords(code) ?? '')

/**
 * The exceptions table, keyed by normalised code: vendor codes whose words do not say what they
 * mean. Apps add their own with the `aliases` option.
 */
export const defaultApiErrorAliases: ApiErrorAliases = Object.fromEntries(
  Object.entries(vendorCodes).flatMap(([type, codes]) => codes.split(' ').map((code) => [code, type as ApiErrorType])),
)

// A body never names a transport failure: gRPC's `ABORTED` is a conflict, not a cancelled request.
const table = new Map<string, ApiErrorType>([
  ...apiErrorTypes
    .filter((type) => type !== 'Network' && type !== 'Aborted')
    .map((type) => [normalizeCode(type), type] as const),
  ...Object.entries(defaultApiErrorAliases),
])

/** The type a code means, and whether it is weak: it only says the request was wrong, so a status says more. */
export interface CodeType {
  type: ApiErrorType
  weak: boolean
}

/**
 * What a vendor code means: looked up in `extra`, then in the type names and the exceptions table
 * (compared normalised, through own properties and a `Map`, so `__proto__` or `toString` never
 * match), else read from its words (`typeForWords`). Prose (see `codeWords`) means nothing. An
 * alias that maps to no type is skipped here (parsing never throws); factories report it through
 * `checkAliases`.
 */
export function typeOfCode(code: string, extra?: ApiErrorAliases): CodeType | undefined {
  const words = codeWords(code)
  if (!words) return undefined
  const key = joined(words)
  const alias =
    extra && Object.entries(extra).find(([name, type]) => normalizeCode(name) === key && isApiErrorType(type))
  const exact = alias ? alias[1] : table.get(key)
  if (exact) return { type: exact, weak: false }
  const type = typeForWords(words)
  return type && { type, weak: type === WEAK_WORDS_TYPE }
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
