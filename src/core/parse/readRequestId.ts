import type { HeaderMap } from './headers.js'

// The usual names first, in this order; then any other name that says request, trace or correlation id.
const KNOWN = 'x-request-id request-id x-correlation-id x-correlator cf-ray'.split(' ')
// `x-acme-request-id`, `x-amzn-RequestId`, `requestId`, `trace_id`, `correlation-id`, `debug_id`, `errorId`: bounded, linear.
const ID_NAME = /(?:request|trace|correlation|debug|error)[-_]?id$/i

/** Whether a header or body key names a request id. */
export const isRequestIdName = (name: string): boolean => ID_NAME.test(name)

/** The request id a response's headers carry (`x-request-id`, `x-<vendor>-request-id`, `cf-ray`…), if any. */
export function requestIdFromHeaders(headers: HeaderMap): string | undefined {
  for (const name of KNOWN) {
    const value = headers.get(name)
    if (value?.trim()) return value
  }
  for (const [name, value] of headers) if (value.trim() && isRequestIdName(name)) return value
  return undefined
}
