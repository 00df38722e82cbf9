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
  invalid_grant: 'Unauthorized',
  token_expired: 'Unauthorized',
  session_expired: 'Unauthorized',
  not_authenticated: 'Unauthorized',
  permission_denied: 'Forbidden',
  access_denied: 'Forbidden',
  insufficient_scope: 'Forbidden',
  insufficient_permissions: 'Forbidden',
  not_found: 'ResourceNotFound',
  ResourceGone: 'ResourceNotFound',
  gone: 'ResourceNotFound',
  validation_failed: 'InvalidDataFormat',
  validation_error: 'InvalidDataFormat',
  unprocessable_entity: 'InvalidDataFormat',
  invalid_request: 'InvalidPayload',
  bad_request: 'InvalidPayload',
  invalid_argument: 'InvalidPayload',
  too_many_requests: 'RateLimited',
  rate_limit_exceeded: 'RateLimited',
  throttled: 'RateLimited',
  resource_exhausted: 'RateLimited',
  quota_exceeded: 'QuotaExceeded',
  insufficient_quota: 'QuotaExceeded',
  payment_required: 'PaymentRequired',
  billing_required: 'PaymentRequired',
  limit_exceeded: 'LimitExceeded',
  request_entity_too_large: 'PayloadTooLarge',
  method_not_allowed: 'MethodNotFound',
  duplicate: 'AlreadyExists',
  already_exists: 'AlreadyExists',
  locked: 'ResourceLockedConflict',
  OperationTimeout: 'Timeout',
  deadline_exceeded: 'Timeout',
  gateway_timeout: 'Timeout',
  request_timeout: 'Timeout',
  service_unavailable: 'Unavailable',
  bad_gateway: 'Unavailable',
  internal_server_error: 'Internal',
  internal_error: 'Internal',
  server_error: 'Internal',
}

const builtIn = buildTable(undefined)
const cache = new WeakMap<ApiErrorAliases, Map<string, ApiErrorType>>()

function buildTable(extra: ApiErrorAliases | undefined): Map<string, ApiErrorType> {
  const table = new Map<string, ApiErrorType>(apiErrorTypes.map((type) => [normalizeCode(type), type]))
  for (const source of [defaultApiErrorAliases, extra]) {
    for (const [code, type] of Object.entries(source ?? {})) {
      // parseApiError never throws, so a bad entry is skipped here; factories report it (checkAliases).
      if (isApiErrorType(type)) table.set(normalizeCode(code), type)
    }
  }
  return table
}

/** Looks a vendor code up in the built-in table merged with `extra`. A `Map`, so `__proto__` never matches. */
export function lookupAlias(code: string, extra?: ApiErrorAliases): ApiErrorType | undefined {
  let table = builtIn
  if (extra) {
    table = cache.get(extra) ?? buildTable(extra)
    cache.set(extra, table)
  }
  return table.get(normalizeCode(code))
}

/** Throws a helpful error for an alias that maps to no type: for factories, where misuse should be loud. */
export function checkAliases(aliases: ApiErrorAliases | undefined, caller: string): void {
  for (const [code, type] of Object.entries(aliases ?? {})) {
    if (!isApiErrorType(type)) {
      throw new Error(`${caller}: alias ${JSON.stringify(code)} maps to ${JSON.stringify(type)}, which is not an ApiErrorType. Use one of: ${apiErrorTypes.join(', ')}.`)
    }
  }
}
