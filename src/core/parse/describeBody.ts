import { at, atEach, firstAt, own, paths, str } from './bodyFields.js'
import { findingHints } from './bodyHints.js'
import type { BodyHints } from './bodyHints.js'
import { readFieldErrors } from './readFieldErrors.js'
import { trimEnd } from '../shared/trimEnd.js'
import { typeOfCode } from './aliases.js'
import type { FieldError } from '../error/types.js'

/** What a response body says about the error, whatever its dialect. Copied, never merged. */
export interface BodyFacts {
  /** Vendor codes in the order they should be tried: Botpress/problem `type`, `code`, `error`… */
  codes: string[]
  status?: number
  message?: string
  id?: string
  fieldErrors: FieldError[]
  /** A wait the body asks for: seconds (`retry_after`, Google's `retryDelay: "12s"`), or ms when `waitInMs`. */
  wait?: unknown
  waitInMs?: boolean
}

// Where codes are, most specific first: a sub-code, the code itself, Google's `details[].reason`,
// then categories (Stripe's `error.type`, Google's `error.status`, GraphQL's `extensions.category`,
// Contentful's `sys.id`) and titles.
const [CODES, LATE_CODES, STATUS, MESSAGE, DETAILS, CLOUDFLARE, ERROR_ID] = [
  'subcode api_error_code code error_code errorCode err_code error err detail.status detail.code __type details.0.issue name reason error_summary error.innerError.code error.code error.type',
  'error.errors.0.reason error.status errors.0.code errors.0.extensions.code errors.0.extensions.category errors.0.errorCode error_type errorType category sys.id status title',
  'code status statusCode error_code error.code errors.0.extensions.status_code',
  'message detail error_description description errorSummary error.message err_msg detail.message status.error error.0.message errors errorMessages.0 errors.0.message errors.0.detail detail.0.msg Message title msg error',
  'error.details',
  'errors.0.code',
  // An error object's own id names this occurrence (Bitbucket's `error.id`).
  'error.id',
].map(paths) as [string[][], string[][], string[][], string[][], string[][], string[][], string[][]]
// Error documents are small: an XML one is read no further than this, an HTML page not at all.
const XML_HEAD = 4096

const errorStatus = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 400 && value <= 599
// One XML element's text, bounded so the scan stays linear.
const xml = (text: string, tag: string) => new RegExp(`<${tag}>([^<]{1,1000})</${tag}>`).exec(text)?.[1]?.trim()
const reasonOf = (detail: unknown) => own(detail, 'reason')

/**
 * Reads a body in any dialect (see README, "Dialects understood"): codes wherever dialects put
 * them (Botpress, RFC 9457, OAuth, Stripe/OpenAI/Anthropic `error.{type,code}`,
 * `google.rpc.Status`, AWS `__type`, GraphQL `errors[].extensions.code`, Slack, Cloudflare,
 * PostgREST, Okta, PayPal, Salesforce arrays, Microsoft Graph, a `reason`, an `error_summary`
 * tag…), field errors, and a request id and a wait near the top. Strings are sniffed: JSON is
 * parsed, XML error documents are read with bounded patterns, HTML is ignored, short text is the message.
 */
export function describeBody(body: unknown): BodyFacts {
  if (typeof body === 'string') return describeText(body)
  // Salesforce answers with a bare array of errors.
  const dict = Array.isArray(body) ? { errors: body } : body
  // `at` answers undefined for anything but plain objects and arrays, so a non-object body says nothing.
  const details = at(dict, DETAILS[0]!)
  const cloudflare = at(dict, CLOUDFLARE[0]!)
  const codes = [
    problemType(own(dict, 'type')),
    ...atEach(dict, CODES),
    ...(Array.isArray(details) ? details.map(reasonOf) : []),
    ...atEach(dict, LATE_CODES),
    // Cloudflare numbers its codes.
    typeof cloudflare === 'number' ? String(cloudflare) : undefined,
  ].filter(str) as string[]
  // Botpress's `id` is the request's; a body with no other code whose `id` names an error in words
  // (`not_found`, `too_many_requests`) says its code there.
  const id = str(own(dict, 'id'))
  const idIsCode = id !== undefined && !codes.length && !/\d/.test(id) && typeOfCode(id) !== undefined
  const hints: BodyHints = {}
  const fieldErrors = readFieldErrors(dict, findingHints(hints))
  return {
    codes: idIsCode ? [id] : codes,
    status: firstAt<number>(dict, STATUS, errorStatus),
    message: firstAt(dict, MESSAGE),
    id: (idIsCode ? undefined : id) ?? hints.id ?? str(own(dict, 'instance')) ?? str(at(dict, ERROR_ID[0]!)),
    fieldErrors,
    wait: hints.wait,
    waitInMs: hints.waitInMs,
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
    const head = trimmed.slice(0, XML_HEAD)
    if (/^<(?:!doctype html|html)\b/i.test(head)) return { codes: [], fieldErrors: [] }
    const code = xml(head, 'Code')
    return { codes: code ? [code] : [], fieldErrors: [], message: xml(head, 'Message'), id: xml(head, 'RequestI[dD]') }
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
