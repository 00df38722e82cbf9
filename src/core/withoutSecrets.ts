import { ApiError } from './ApiError.js'
import { REDACTED } from './redact.js'
import type { ApiErrorInit } from './types.js'

/**
 * The same error with every occurrence of `secrets` (the tokens a request sent) removed from every
 * text it holds: engines quote an invalid header value in their message and some servers echo the
 * credentials they refused. Returned as is when no field holds a secret. Never throws.
 */
export function withoutSecrets(error: ApiError, secrets: readonly string[]): ApiError {
  const scrub = (value: unknown): unknown => {
    if (typeof value === 'string') return secrets.reduce((text, secret) => (secret ? text.split(secret).join(REDACTED) : text), value)
    if (Array.isArray(value)) return value.map(scrub)
    if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, scrub(item)]))
    return value
  }
  // `toJSON()` holds every text an ApiError keeps; building from its scrubbed copy keeps the rest.
  const fields = error.toJSON()
  const clean = scrub(fields) as ApiErrorInit
  return JSON.stringify(clean) === JSON.stringify(fields) ? error : new ApiError(clean)
}
