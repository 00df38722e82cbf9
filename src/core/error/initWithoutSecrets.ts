import { secretScrubber } from '../secrets/scrubSecrets.js'
import type { ApiErrorInit } from './types.js'

/**
 * The same init with every occurrence of `secrets` (tokens and keys a request sent) replaced in its
 * free text: message, code, id, field errors, request URL and the cause's name, message and code.
 * Runs before `ApiError` clips its text, so a token crossing the cut cannot leave a fragment.
 * Structural fields (type, status, retryAfterMs) are never touched. Never throws.
 */
export function initWithoutSecrets(init: ApiErrorInit, ...lists: (readonly string[] | undefined)[]): ApiErrorInit {
  const scrubText = secretScrubber(...lists)
  if (!scrubText) return init
  const scrub = <T>(value: T): T | string => (typeof value === 'string' ? scrubText(value) : value)
  const { request, cause } = init
  const { method, url } =
    typeof request === 'object' && !('href' in request) ? request : { method: undefined, url: request }
  // Each field of the cause is read once (a getter may answer differently every time).
  const { name, message, code } =
    typeof cause === 'object' && cause !== null ? (cause as { name?: unknown; message?: unknown; code?: unknown }) : {}
  return {
    ...init,
    message: scrub(init.message),
    code: scrub(init.code),
    id: scrub(init.id),
    fieldErrors: init.fieldErrors?.map((field) => ({ path: scrub(field.path), message: scrub(field.message) })),
    request: request && { method, url: url && scrub(String(url)) },
    cause:
      typeof cause === 'object' && cause !== null
        ? { name: scrub(name), message: scrub(message), code: scrub(code) }
        : scrub(cause),
  }
}
