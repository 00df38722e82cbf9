import { API_ERROR_BRAND } from './brand.js'
import { MAX_BELIEVED_WAIT_MS, MAX_FIELD_ERRORS, MAX_TEXT } from './limits.js'
import { redactSecrets } from '../secrets/redact.js'
import { actionFor, apiErrorTaxonomy, isApiErrorType } from './taxonomy.js'
import { typeMessage } from './serverText.js'
import { misuse } from '../shared/options.js'
import { truncate } from '../shared/truncate.js'
import type {
  ApiErrorAction,
  ApiErrorCause,
  ApiErrorInit,
  ApiErrorJSON,
  ApiErrorRequest,
  ApiErrorType,
  FieldError,
  RequestLike,
} from './types.js'

/** The one error every failed request becomes. Holds no headers, tokens or request config. */
export class ApiError extends Error {
  // Fields are declared, not defined: the constructor assigns them, which is cheaper than
  // defining each one first (every failed request builds one).
  declare readonly [API_ERROR_BRAND]: true
  override readonly name = 'ApiError' as const
  declare readonly type: ApiErrorType
  /** The real HTTP status, 0 when there was no response. */
  declare readonly status: number
  /** The vendor's own code, as given (`rate_limited`, `QuotaExceeded`). */
  declare readonly code?: string
  /** Botpress `id`, problem `instance`, or a request-id header: quote it to support. */
  declare readonly id?: string
  /** How long the server asked us to wait, in milliseconds; absent when it asked for more than a week (not believed). */
  declare readonly retryAfterMs?: number
  declare readonly fieldErrors: readonly FieldError[]
  declare readonly action: ApiErrorAction
  /** Whether an idempotent request may be retried automatically. */
  declare readonly retryable: boolean
  declare readonly request?: ApiErrorRequest
  declare readonly cause?: ApiErrorCause

  constructor(init: ApiErrorInit) {
    // Each field is read once: a getter may answer differently on every read.
    const { type, status, message, code, id, retryAfterMs, fieldErrors, request, cause } = init ?? {}
    if (!isApiErrorType(type)) {
      misuse(
        'new ApiError',
        'type must be an ApiErrorType',
        type,
        __DEV__ && 'Use parseApiError() for values of unknown type.',
      )
    }
    super(clip(message) || typeMessage(type))
    const info = apiErrorTaxonomy[type]
    this.type = type
    this.status =
      typeof status === 'number' && Number.isInteger(status) && status >= 0 && status <= 599 ? status : info.status
    this.retryable = info.onIdempotent
    this.fieldErrors = Object.freeze(
      (fieldErrors ?? [])
        .slice(0, MAX_FIELD_ERRORS)
        .map(({ path, message }) => ({ path: clip(path), message: clip(message) })),
    )
    if (code !== undefined) this.code = clip(code)
    this.action = actionFor(type, this.code)
    if (id !== undefined) this.id = clip(id)
    if (typeof retryAfterMs === 'number' && retryAfterMs >= 0 && retryAfterMs <= MAX_BELIEVED_WAIT_MS)
      this.retryAfterMs = retryAfterMs
    if (request) this.request = safeRequest(request)
    const safe = safeCause(cause)
    if (safe) Object.defineProperty(this, 'cause', { value: safe, configurable: true, writable: true })
  }

  /** Only the safe fields, for logs, error reporters and the server/client boundary (`parseApiError` revives it). */
  toJSON(): ApiErrorJSON {
    return Object.fromEntries(SAFE_FIELDS.map((key) => [key, this[key]])) as never
  }
}

const SAFE_FIELDS = [
  'name',
  'type',
  'status',
  'message',
  'code',
  'id',
  'retryAfterMs',
  'fieldErrors',
  'action',
  'retryable',
  'request',
  'cause',
] as const
Object.defineProperty(ApiError.prototype, API_ERROR_BRAND, { value: true })

/** Free text as an `ApiError` keeps it: a string, secrets redacted, at most `MAX_TEXT` characters. */
function clip(text: unknown): string {
  return typeof text === 'string' ? truncate(redactSecrets(text, MAX_TEXT), MAX_TEXT) : ''
}

function safeRequest(request: RequestLike): ApiErrorRequest {
  // A string or a URL object (from any realm: it has an `href`) is the URL itself.
  const { method, url } =
    typeof request === 'object' && !('href' in request) ? request : { method: undefined, url: request }
  const safe: ApiErrorRequest = {}
  if (typeof method === 'string' && method) safe.method = method.toUpperCase()
  if (url) safe.url = clip(String(url))
  return safe
}

function safeCause(value: unknown): ApiErrorCause | undefined {
  if (value === undefined || value === null) return undefined
  const { name, message, code } = value as { name?: unknown; message?: unknown; code?: unknown }
  const cause: ApiErrorCause = {
    name: typeof name === 'string' ? clip(name) : typeof value,
    message: clip(typeof message === 'string' ? message : value),
  }
  if (typeof code === 'string' || typeof code === 'number') cause.code = typeof code === 'string' ? clip(code) : code
  return cause
}
