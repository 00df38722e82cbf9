import { ApiError } from '../error/ApiError.js'
import { classifyFailure } from './classifyFailure.js'
import { initWithoutSecrets } from '../error/initWithoutSecrets.js'
import { readRetryDelay } from './readRetryDelay.js'
import { statusMessage } from '../error/serverText.js'
import { requestIdFromHeaders } from './readRequestId.js'
import type { ParseApiErrorOptions } from './types.js'
import type { FailureParts } from './unwrap.js'

/** Builds the `ApiError` for a failure taken apart (see `classifyFailure` for how its type is decided). */
export function fromFailure(parts: FailureParts, options: ParseApiErrorOptions): ApiError {
  const { headers, facts, codes, hasResponse, status, strong, weak, type } = classifyFailure(parts, options)
  const cause = parts.cause as { message?: unknown } | undefined
  const message =
    facts.message ??
    (hasResponse
      ? statusMessage(status, parts.statusText)
      : typeof cause?.message === 'string'
        ? cause.message
        : undefined)

  return new ApiError(
    initWithoutSecrets(
      {
        type,
        status,
        message,
        code: (strong ?? weak)?.[0] ?? codes[0],
        id: facts.id ?? requestIdFromHeaders(headers),
        retryAfterMs: readRetryDelay(headers, status, facts, options.now),
        fieldErrors: facts.fieldErrors,
        request: options.request ?? parts.request,
        cause: parts.cause,
      },
      parts.secrets,
      options.secrets,
    ),
  )
}
