import { apiErrorTypes, isApiErrorType } from './taxonomy.js'
import type { ApiErrorAliases, ApiErrorType } from './types.js'

/** `rate_limited`, `RATE-LIMITED`, `Rate Limited` and `RateLimited` all become `ratelimited`. */
export const normalizeCode = (code: string): string => code.toLowerCase().replace(/[^a-z\d]/g, '')

/**
 * Vendor codes seen in the wild, beyond the 29 type names themselves (which always match).
 * Keys are normalised on lookup, so one spelling of each is enough.
 */
export const defaultApiErrorAliases: ApiErrorAliases = {
  unauthenticated: 'Unauthorized',
  invalid_token: 'Unauthorized',
  token_expired: 'Unauthorized',
  permission_denied: 'Forbidden',
  access_denied: 'Forbidden',
  not_found: 'ResourceNotFound',
  ResourceGone: 'ResourceNotFound',
  validation_failed: 'InvalidDataFormat',
  validation_error: 'InvalidDataFormat',
  bad_request: 'InvalidPayload',
  too_many_requests: 'RateLimited',
  resource_exhausted: 'RateLimited',
  quota_exceeded: 'QuotaExceeded',
  OperationTimeout: 'Timeout',
  service_unavailable: 'Unavailable',
  internal_error: 'Internal',
}

const table = new Map<string, ApiErrorType>(
  [...apiErrorTypes.map((type) => [type, type]), ...Object.entries(defaultApiErrorAliases)].map(([code, type]) => [normalizeCode(code), type as ApiErrorType]),
)

/**
 * Looks a vendor code up in `extra`, then the built-in table. Keys are compared normalised and
 * through own properties and a `Map`, so `__proto__` or `toString` never match. An entry that maps
 * to no type is skipped here (parsing never throws); factories report it through `checkAliases`.
 */
export function lookupAlias(code: string, extra?: ApiErrorAliases): ApiErrorType | undefined {
  const key = normalizeCode(code)
  const found = Object.entries(extra ?? {}).find(([alias, type]) => normalizeCode(alias) === key && isApiErrorType(type))
  return found ? found[1] : table.get(key)
}

/** Throws a helpful error for an alias that maps to no type: for factories, where misuse should be loud. */
export function checkAliases(aliases: ApiErrorAliases | undefined, caller: string): void {
  for (const [code, type] of Object.entries(aliases ?? {})) {
    if (!isApiErrorType(type)) {
      throw new Error(`${caller}: alias ${JSON.stringify(code)} maps to ${JSON.stringify(type)}, which is not an ApiErrorType. Use one of: ${apiErrorTypes.join(', ')}.`)
    }
  }
}
