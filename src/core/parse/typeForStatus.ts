import type { ApiErrorType } from '../error/types.js'

const BY_STATUS: Readonly<Record<number, ApiErrorType>> = {
  400: 'InvalidPayload',
  401: 'Unauthorized',
  402: 'PaymentRequired',
  403: 'Forbidden',
  404: 'ResourceNotFound',
  405: 'MethodNotFound',
  408: 'Timeout',
  409: 'Conflict',
  410: 'ResourceNotFound',
  413: 'PayloadTooLarge',
  415: 'UnsupportedMediaType',
  // Laravel's "page expired": the session's CSRF token is stale.
  419: 'Unauthorized',
  422: 'InvalidDataFormat',
  423: 'ResourceLockedConflict',
  429: 'RateLimited',
  500: 'Internal',
  501: 'MethodNotFound',
  502: 'Unavailable',
  503: 'Unavailable',
  504: 'Timeout',
  // Overloaded, as Anthropic and others send it.
  529: 'Unavailable',
}

/** The type an error status means when no body says otherwise; `undefined` below 400 or above 599. */
export function typeForStatus(status: number): ApiErrorType | undefined {
  if (!(status >= 400 && status <= 599)) return undefined
  return BY_STATUS[status] ?? (status < 500 ? 'Unknown' : 'Internal')
}
