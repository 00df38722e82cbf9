import { API_ERROR_BRAND } from './brand.js'
import { redactSecrets } from './redact.js'
import { apiErrorTaxonomy, isApiErrorType, isRetryable } from './taxonomy.js'
import type { ApiErrorAction, ApiErrorCause, ApiErrorInit, ApiErrorRequest, ApiErrorType, FieldError } from './types.js'

const MAX_TEXT = 1000

/** The one error every failed request becomes. Holds no headers, tokens or request config. */
export class ApiError extends Error {
  declare readonly [API_ERROR_BRAND]: true
  override readonly name = 'ApiError' as const
  readonly type: ApiErrorType
  /** The real HTTP status, 0 when there was no response. */
  readonly status: number
  /** The vendor's own code, as given (`rate_limited`, `QuotaExceeded`). */
  readonly code?: string
  /** Botpress `id`, problem `instance`, or a request-id header: quote it to support. */
  readonly id?: string
  /** How long the server asked us to wait, in milliseconds. */
  readonly retryAfterMs?: number
  readonly fieldErrors: readonly FieldError[]
  readonly action: ApiErrorAction
  /** Whether an idempotent request may be retried automatically. */
  readonly retryable: boolean
  readonly request?: ApiErrorRequest
  declare readonly cause?: ApiErrorCause

  constructor(init: ApiErrorInit) {
    if (!isApiErrorType(init?.type)) {
      throw new Error(`new ApiError: type must be an ApiErrorType such as 'RateLimited'; use parseApiError() for unknown values`)
    }
    const info = apiErrorTaxonomy[init.type]
    super(clip(init.message) || `${init.type} error`)
    this.type = init.type
    this.status = validStatus(init.status) ?? info.status
    this.action = info.action
    this.retryable = isRetryable(init.type, this.status, true)
    this.fieldErrors = Object.freeze((init.fieldErrors ?? []).map(({ path, message }) => ({ path, message: clip(message) })))
    if (init.code !== undefined) this.code = clip(init.code)
    if (init.id !== undefined) this.id = clip(init.id)
    if (typeof init.retryAfterMs === 'number' && init.retryAfterMs >= 0) this.retryAfterMs = Math.min(init.retryAfterMs, Number.MAX_SAFE_INTEGER)
    if (init.request) this.request = safeRequest(init.request)
    const cause = safeCause(init.cause)
    if (cause) Object.defineProperty(this, 'cause', { value: cause, configurable: true, writable: true })
  }

  /** Only the safe fields, for logs and error reporters. */
  toJSON(): Pick<ApiError, (typeof SAFE_FIELDS)[number]> {
    return Object.fromEntries(SAFE_FIELDS.map((key) => [key, this[key]])) as never
  }
}

const SAFE_FIELDS = ['name', 'type', 'status', 'message', 'code', 'id', 'retryAfterMs', 'fieldErrors', 'action', 'retryable', 'request', 'cause'] as const
Object.defineProperty(ApiError.prototype, API_ERROR_BRAND, { value: true })

function clip(text: string | undefined): string {
  if (typeof text !== 'string') return ''
  const clean = redactSecrets(text)
  return clean.length > MAX_TEXT ? `${clean.slice(0, MAX_TEXT - 1)}…` : clean
}

function validStatus(status: unknown): number | undefined {
  return typeof status === 'number' && Number.isInteger(status) && status >= 0 && status <= 599 ? status : undefined
}

function safeRequest({ method, url }: ApiErrorRequest): ApiErrorRequest {
  const request: ApiErrorRequest = {}
  if (typeof method === 'string' && method) request.method = method.toUpperCase()
  if (typeof url === 'string' && url) request.url = clip(url)
  return request
}

function safeCause(value: unknown): ApiErrorCause | undefined {
  if (value === undefined || value === null) return undefined
  const error = value as { name?: unknown; message?: unknown; code?: unknown }
  const cause: ApiErrorCause = {
    name: typeof error.name === 'string' ? clip(error.name) : typeof value,
    message: typeof error.message === 'string' ? clip(error.message) : typeof value === 'string' ? clip(value) : '',
  }
  if (typeof error.code === 'string') cause.code = clip(error.code)
  else if (typeof error.code === 'number') cause.code = error.code
  return cause
}
