import { headerLike } from './headers.js'
import type { HeaderMap } from './headers.js'

// `x-request-id`, `x-acme-request-id`, `x-amzn-RequestId`, `requestId`, `request_id`: bounded, linear.
const REQUEST_ID = /request[-_]?id$/i
// Then `traceId`, `x-correlation-id`, `debug_id`, `errorId`, `x-correlator`, Cloudflare's `cf-ray`.
const OTHER_ID = /(?:trace|correlation|debug|error)[-_]?id$|^x-correlator$|^cf-ray$/i

/** Whether a header or body key names a request id. */
export const isRequestIdName = (name: string): boolean => REQUEST_ID.test(name) || OTHER_ID.test(name)

/** The request id a response's headers carry, a `*request-id` header before a trace or correlation id. */
export const requestIdFromHeaders = (headers: HeaderMap): string | undefined =>
  (headerLike(headers, REQUEST_ID) ?? headerLike(headers, OTHER_ID))?.[1]
