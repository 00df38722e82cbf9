import type { ApiErrorType, FieldError } from '../../core/index.js'

/** The error dialects `apiErrorResponse` speaks, each shaped after its vendor's documented bodies. */
export type ApiErrorDialect =
  'problem' | 'botpress' | 'stripe' | 'github' | 'google' | 'graphql' | 'jsonapi' | 'rails' | 'aws'

/** What one response says, before a dialect words it. */
export interface ErrorFacts {
  type: ApiErrorType
  /** The HTTP status to send: the option, else the dialect's, else the type's own. */
  status: number
  message: string
  fieldErrors: readonly FieldError[]
  requestId?: string
  /** Seconds. */
  retryAfter?: number
}

/** A response as parts: the body is JSON unless it is a string. */
export interface ResponseParts {
  status: number
  headers: Record<string, string>
  body: unknown
}

/** One dialect: how it words an error, and what it cannot say. */
export interface Dialect {
  contentType: string
  /** The status this dialect sends for `type` when it is not the type's own (Google's canonical codes). */
  statusFor?: (type: ApiErrorType) => number | undefined
  /** Why this dialect cannot say `type` at all, or `undefined` when it can try. */
  refuses?: (type: ApiErrorType) => string | undefined
  /** How many field errors one body can carry (Stripe names one `param`; some carry none). */
  maxFieldErrors: number
  /** What decides the type in this dialect, said when a combination reads back as another type. */
  note: string
  /** The header that carries the request id, for dialects that do not say it in the body. */
  requestIdHeader?: string
  /** The body and the headers beyond `Content-Type`, `Retry-After` and the request id's. */
  build: (facts: ErrorFacts) => { body: unknown; headers?: Record<string, string> }
}
