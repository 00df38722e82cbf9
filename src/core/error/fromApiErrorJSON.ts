import { ApiError } from './ApiError.js'
import { MAX_FIELD_ERRORS } from './limits.js'
import { isApiErrorType } from './taxonomy.js'
import type { FieldError } from './types.js'
import { isObject, text } from '../shared/values.js'

/**
 * The `ApiError` an `error.toJSON()` stood for, after a trip through JSON, `structuredClone` or a
 * React Server Components payload; `undefined` for anything else. It needs `name: 'ApiError'` and
 * a known type, then copies only the known fields, each checked, through the constructor (which
 * clips, redacts and caps as for any body): a forged object gets no more than a body would.
 */
export function fromApiErrorJSON(value: unknown): ApiError | undefined {
  if (!isObject(value) || value.name !== 'ApiError' || !isApiErrorType(value.type)) return undefined
  const { type, status, message, code, id, retryAfterMs, fieldErrors, request, cause } = value
  const fields: FieldError[] = []
  if (Array.isArray(fieldErrors)) {
    for (const item of fieldErrors) {
      if (fields.length === MAX_FIELD_ERRORS) break
      if (isObject(item) && typeof item.path === 'string' && typeof item.message === 'string')
        fields.push({ path: item.path, message: item.message })
    }
  }
  return new ApiError({
    type,
    status: typeof status === 'number' ? status : 0,
    message: text(message),
    code: text(code),
    id: text(id),
    retryAfterMs: typeof retryAfterMs === 'number' && Number.isFinite(retryAfterMs) ? retryAfterMs : undefined,
    fieldErrors: fields,
    request: isObject(request) ? { method: text(request.method), url: text(request.url) } : undefined,
    cause: isObject(cause)
      ? {
          name: text(cause.name) ?? 'Error',
          message: text(cause.message) ?? '',
          code: typeof cause.code === 'number' ? cause.code : text(cause.code),
        }
      : undefined,
  })
}
