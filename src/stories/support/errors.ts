import type { ApiErrorType, FieldError } from '../../index.js'
import { ApiError, apiErrorTypes } from '../../index.js'
import type { VisibleApiErrorType } from '../../index.js'

/** Every type a user can see (all but `Aborted`), in taxonomy order: 28 of them. */
export const visibleApiErrorTypes = apiErrorTypes.filter((type): type is VisibleApiErrorType => type !== 'Aborted')

/** What a story controls about the error it shows. */
export interface SampleErrorOptions {
  type: ApiErrorType
  /** The HTTP status; 0 or empty uses the type's default status. */
  status?: number
  /** Retry-After, in milliseconds. */
  retryAfterMs?: number
  /** The server's (developer-facing) message; shown as a detail only where allowed. */
  serverMessage?: string
  /** A request id, shown as the support reference. */
  requestId?: string
}

/** A realistic detail for each type, as an API would send it. */
const REALISTIC: Partial<Record<ApiErrorType, Partial<SampleErrorOptions> & { fieldErrors?: FieldError[] }>> = {
  RateLimited: { retryAfterMs: 30_000, serverMessage: 'Rate limit of 100 requests per minute exceeded' },
  Unavailable: { status: 503, retryAfterMs: 30_000 },
  Timeout: { status: 504 },
  QuotaExceeded: { serverMessage: 'Monthly message quota (10 000) reached' },
  LimitExceeded: { serverMessage: 'A table can hold at most 100 columns' },
  InvalidDataFormat: { serverMessage: 'email: must be a valid email address' },
  Runtime: { requestId: 'req_7Hq2xK' },
  Internal: { requestId: 'req_9Fm4Lp' },
  Unknown: { requestId: 'req_3Zt8Wd' },
}

/** An `ApiError` of the given type, with the details a real response of that type carries. */
export function sampleApiError({ type, status, retryAfterMs, serverMessage, requestId }: SampleErrorOptions): ApiError {
  const realistic = REALISTIC[type] ?? {}
  return new ApiError({
    type,
    status: status || realistic.status || new ApiError({ type }).status,
    retryAfterMs: retryAfterMs ?? realistic.retryAfterMs,
    message: serverMessage ?? realistic.serverMessage ?? `${type} (sample)`,
    id: requestId ?? realistic.requestId,
    fieldErrors: realistic.fieldErrors,
  })
}
