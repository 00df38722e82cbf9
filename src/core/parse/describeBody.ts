import { at, first, own, split, str } from './bodyFields.js'
import { readFieldErrors } from './readFieldErrors.js'
import { trimEnd } from '../shared/trimEnd.js'
import type { FieldError } from '../error/types.js'

/** What a response body says about the error, whatever its dialect. Copied, never merged. */
export interface BodyFacts {
  /** Vendor codes in the order they should be tried: Botpress/problem `type`, `code`, `error`… */
  codes: string[]
  status?: number
  message?: string
  id?: string
  fieldErrors: FieldError[]
  /** A wait the body asks for: Google's `RetryInfo.retryDelay` (`"12s"`) or `retry_after` (seconds). */
  wait?: unknown
}

const errorStatus = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isInteger(value) && value >= 400 && value <= 599 ? value : undefined
// One XML element's text, bounded so the scan stays linear.
const xml = (text: string, tag: string) => new RegExp(`<${tag}>([^<]{1,1000})</${tag}>`).exec(text)?.[1]?.trim()

/**
 * Reads a body in any dialect the kit knows (see README, "Dialects understood"): Botpress, RFC 9457,
 * OAuth, Stripe/OpenAI/Anthropic `error.{type,code}`, `google.rpc.Status`, AWS `__type`, GraphQL
 * `errors[].extensions.code`, Slack, Cloudflare, PostgREST, Okta, Auth0, PayPal, Salesforce arrays,
 * Microsoft Graph… Strings are sniffed: JSON is parsed, XML error documents are read with bounded
 * patterns, HTML is ignored, short text becomes the message.
 */
export function describeBody(body: unknown): BodyFacts {
  if (typeof body === 'string') return describeText(body)
  // Salesforce answers with a bare array of errors.
  const dict = Array.isArray(body) ? { errors: body } : body
  // `at` answers undefined for anything but plain objects and arrays, so a non-object body says nothing.
  const get = (paths: string) => split(paths, ' ').map((path) => at(dict, path))
  const details = at(dict, 'error.details')
  const detailList: unknown[] = Array.isArray(details) ? details : []
  const cloudflare = at(dict, 'errors.0.code')
  return {
    codes: [
      problemType(own(dict, 'type')),
      ...get('code errorCode error __type details.0.issue name error.innerError.code error.code error.type'),
      ...detailList.map((d) => own(d, 'reason')),
      ...get('error.errors.0.reason error.status errors.0.code errors.0.extensions.code errors.0.errorCode title'),
      // Cloudflare numbers its codes.
      typeof cloudflare === 'number' ? String(cloudflare) : undefined,
    ].filter((code): code is string => str(code) !== undefined),
    status: get('code status statusCode error.code').map(errorStatus).find(Boolean),
    message: first(
      ...get(
        'message detail error_description errorSummary error.message errors errorMessages.0 errors.0.message errors.0.detail detail.0.msg Message title error',
      ),
    ),
    id: first(...get('id request_id requestId traceId debug_id errorId error.innerError.request-id instance')),
    fieldErrors: readFieldErrors(dict),
    wait: [...detailList.map((d) => own(d, 'retryDelay')), ...get('retry_after retryAfter')].find(
      (v) => v !== undefined,
    ),
  }
}

function describeText(text: string): BodyFacts {
  const trimmed = text.trim()
  if (/^[{[]/.test(trimmed)) {
    try {
      return describeBody(JSON.parse(trimmed) as unknown)
    } catch {
      // Truncated or invalid JSON: the status decides.
    }
  }
  // An XML error document (AWS, Twilio) says its code, message and request id; an HTML page nothing.
  if (trimmed.startsWith('<')) {
    const code = xml(trimmed, 'Code')
    return {
      codes: code ? [code] : [],
      fieldErrors: [],
      message: xml(trimmed, 'Message'),
      id: xml(trimmed, 'RequestI[dD]'),
    }
  }
  // Broken JSON says nothing a user should read; short text is the message.
  return { codes: [], fieldErrors: [], message: /^[^{[]/.test(trimmed) && trimmed.length <= 500 ? trimmed : undefined }
}

// A problem `type` is a URI: its last segment is the code (`…/probs/out-of-credit`); about:blank says nothing.
function problemType(type: unknown): string | undefined {
  const text = str(type)
  if (!text || text === 'about:blank') return undefined
  if (!text.includes('/')) return text
  const path = trimEnd(text, '/#?')
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('#')) + 1)
}
