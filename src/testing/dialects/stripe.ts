import type { ApiErrorType } from '../../core/index.js'
import type { Dialect } from './types.js'
import { snakeCase } from './spelling.js'

/** Stripe's documented codes, where one means the type; the others are spelled as Stripe spells codes. */
const CODES: Partial<Record<ApiErrorType, string>> = {
  Unauthorized: 'api_key_expired',
  PaymentRequired: 'card_declined',
  ResourceNotFound: 'resource_missing',
  InvalidDataFormat: 'parameter_invalid_empty',
  AlreadyExists: 'resource_already_exists',
  RateLimited: 'rate_limit',
  ResourceLockedConflict: 'lock_timeout',
}

/** Stripe's error `type`: the category. */
function category(type: ApiErrorType, status: number): string {
  if (type === 'PaymentRequired') return 'card_error'
  if (type === 'RateLimited') return 'rate_limit_error'
  return status >= 500 ? 'api_error' : 'invalid_request_error'
}

// `line_items.0.price` → `line_items[0][price]`, as Stripe names parameters.
const param = (path: string): string => path.replace(/\.([^.]*)/g, '[$1]')

/**
 * Stripe: `{ error: { type, code, message, param, doc_url } }` and the request id in the
 * `Request-Id` header. An error names one `param`, and its message is that parameter's.
 * Sources: https://docs.stripe.com/api/errors, https://docs.stripe.com/error-codes (bodies kept in
 * test/core/fixtures/real-responses.json).
 */
export const stripe: Dialect = {
  contentType: 'application/json',
  requestIdHeader: 'Request-Id',
  maxFieldErrors: 1,
  note: "the error's `code` names it",
  build: ({ type, status, message, fieldErrors }) => {
    const code = CODES[type] ?? snakeCase(type)
    const field = fieldErrors[0]
    return {
      body: {
        error: {
          type: category(type, status),
          code,
          doc_url: `https://stripe.com/docs/error-codes/${code.replace(/_/g, '-')}`,
          message: field ? field.message : message,
          ...(field && { param: param(field.path) }),
        },
      },
    }
  },
}
