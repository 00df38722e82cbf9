import type { Dialect } from './types.js'

/** Rack's reason phrases, which Rails sends as `error` (Rack 3 wording). */
const PHRASES: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  402: 'Payment Required',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  423: 'Locked',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
}

/**
 * Rails: `ActionDispatch::PublicExceptions` answers `{ status, error }` (the reason phrase), and a
 * scaffold API controller renders `record.errors` as a top-level `{ attribute: [messages] }` map
 * with 422; the request id in `X-Request-Id`. Its bodies name no error code, so the status
 * decides the type: it says only the types a status means. Sources:
 * https://github.com/rails/rails/blob/main/actionpack/lib/action_dispatch/middleware/public_exceptions.rb,
 * https://github.com/rails/rails/blob/main/railties/lib/rails/generators/rails/scaffold_controller/templates/api_controller.rb.tt
 */
export const rails: Dialect = {
  contentType: 'application/json; charset=utf-8',
  requestIdHeader: 'X-Request-Id',
  maxFieldErrors: Infinity,
  note: 'Rails bodies name no error code, so the status decides the type',
  statusFor: (type) => (type === 'InvalidDataFormat' ? 422 : undefined),
  build: ({ status, fieldErrors }) => {
    const map: Record<string, string[]> = {}
    for (const { path, message } of fieldErrors) (map[path] ??= []).push(message)
    return {
      body: fieldErrors.length ? map : { status, error: PHRASES[status] ?? 'Error' },
    }
  },
}
