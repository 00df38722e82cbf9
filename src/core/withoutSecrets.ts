import { ApiError } from './ApiError.js'

const REDACTED = '[REDACTED]'

/**
 * The same error with every occurrence of `secrets` (the tokens a request sent) removed: engines
 * quote an invalid header value in their message and some servers echo the credentials they
 * refused. Returned as is when no field holds a secret. Never throws.
 */
export function withoutSecrets(error: ApiError, secrets: readonly string[]): ApiError {
  const known = secrets.filter((secret) => secret.length > 0)
  const scrub = (text: string) => known.reduce((clean, secret) => clean.split(secret).join(REDACTED), text)
  const { cause, request, fieldErrors } = error
  const texts = [error.message, error.code, error.id, request?.url, cause?.name, cause?.message, cause?.code, ...fieldErrors.flatMap((f) => [f.path, f.message])]
  if (texts.every((text) => typeof text !== 'string' || scrub(text) === text)) return error
  const clean = (text: string | undefined) => (text === undefined ? undefined : scrub(text))
  return new ApiError({
    type: error.type,
    status: error.status,
    message: scrub(error.message),
    code: clean(error.code),
    id: clean(error.id),
    retryAfterMs: error.retryAfterMs,
    fieldErrors: fieldErrors.map((f) => ({ path: scrub(f.path), message: scrub(f.message) })),
    request: request && { method: request.method, url: clean(request.url) },
    cause: cause && { name: scrub(cause.name), message: scrub(cause.message), code: typeof cause.code === 'string' ? scrub(cause.code) : cause.code },
  })
}
