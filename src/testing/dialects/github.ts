import type { ApiErrorType } from '../../core/index.js'
import type { Dialect } from './types.js'

// GitHub says "Validation Failed" with 422 and lists what failed; `already_exists` is one of its codes.
const ITEM_CODE: Partial<Record<ApiErrorType, string>> = {
  InvalidDataFormat: 'invalid',
  AlreadyExists: 'already_exists',
}

/**
 * GitHub's REST API: `{ message, documentation_url, status }`, with `errors: [{ resource, field,
 * code }]` on a 422; a spent primary rate limit is a 403 with `x-ratelimit-remaining: 0` (a wait
 * in `retry-after`); the request id in `X-GitHub-Request-Id`. Its bodies name no error code, so
 * the status decides the type: it says only the types a status means.
 * Sources: https://docs.github.com/rest/using-the-rest-api/troubleshooting-the-rest-api,
 * https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api (bodies kept in
 * test/core/fixtures/real-responses.json).
 */
export const github: Dialect = {
  contentType: 'application/json; charset=utf-8',
  requestIdHeader: 'X-GitHub-Request-Id',
  maxFieldErrors: Infinity,
  note: 'GitHub bodies name no error code, so the status decides the type',
  statusFor: (type) => (ITEM_CODE[type] ? 422 : type === 'RateLimited' ? 403 : undefined),
  build: ({ type, status, message, fieldErrors }) => {
    const code = ITEM_CODE[type]
    const items = fieldErrors.length
      ? fieldErrors.map(({ path, message: text }) => ({
          resource: 'Resource',
          field: path,
          code: code ?? 'custom',
          message: text,
        }))
      : code && [{ resource: 'Resource', code }]
    return {
      headers: {
        ...(type === 'RateLimited' && { 'x-ratelimit-limit': '60', 'x-ratelimit-remaining': '0' }),
      },
      body: {
        message: code ? 'Validation Failed' : message,
        ...(items && { errors: items }),
        documentation_url: 'https://docs.github.com/rest',
        status: String(status),
      },
    }
  },
}
