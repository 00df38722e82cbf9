import type { ApiError } from '../error/ApiError.js'

/** One thing the classifier read: a row of `console.table(explanation.evidence)`. */
export interface ApiErrorEvidence {
  /** What the row is about. */
  about: 'input' | 'status' | 'code' | 'message' | 'type' | 'wait' | 'id' | 'field' | 'hint'
  /** The value read, redacted like the error's own text and clipped. */
  value: string
  /** Where it came from and what rule read it: `header retry-after`, `body.error.code → words "rate limited"`. */
  from: string
  /** `decided`: it made the result; `kept`: it is in the error as read; `passed over`: read, but something else won. */
  verdict: 'decided' | 'kept' | 'passed over'
}

/** `parseApiError`'s result, and why. */
export interface ApiErrorExplanation {
  /** The same error `parseApiError(input, options)` gives. */
  error: ApiError
  evidence: ApiErrorEvidence[]
}
