import { API_ERROR_BRAND } from './brand.js'
import type { ApiError } from './ApiError.js'
import { isApiErrorType } from './taxonomy.js'
import type { ApiErrorType } from './types.js'

/**
 * Whether `value` is an `ApiError` (of `type`, when given). Recognises errors from other realms and
 * from duplicated copies of the package, which `instanceof` would miss.
 */
export function isApiError<T extends ApiErrorType>(value: unknown, type?: T): value is ApiError & { readonly type: T } {
  if (typeof value !== 'object' || value === null) return false
  const candidate = value as { [API_ERROR_BRAND]?: unknown; type?: unknown }
  try {
    return (
      candidate[API_ERROR_BRAND] === true &&
      isApiErrorType(candidate.type) &&
      (type === undefined || candidate.type === type)
    )
  } catch {
    // A hostile proxy or getter: not ours.
    return false
  }
}
