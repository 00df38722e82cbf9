import { ApiError } from './ApiError.js'
import { initWithoutSecrets } from './initWithoutSecrets.js'
import type { ApiErrorInit } from './types.js'

/**
 * The same error with every occurrence of `secrets` (the tokens a request sent) removed from every
 * free text it holds: engines quote an invalid header value in their message and some servers echo
 * the credentials they refused. Its type, status and action never change. Returned as is when no
 * text holds a secret. Never throws.
 */
export function withoutSecrets(error: ApiError, secrets: readonly string[]): ApiError {
  // `toJSON()` holds every text an ApiError keeps; building from its scrubbed copy keeps the rest.
  const fields = error.toJSON() as ApiErrorInit
  const clean = initWithoutSecrets(fields, secrets)
  return JSON.stringify(clean) === JSON.stringify(fields) ? error : new ApiError(clean)
}
