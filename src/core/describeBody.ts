import { first, head, own, str } from './bodyFields.js'
import { readFieldErrors } from './readFieldErrors.js'
import type { FieldError } from './types.js'

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
// NestJS and Jira send lists of messages.
const joined = (value: unknown): string | undefined => (Array.isArray(value) ? str(value.filter((v) => str(v)).join('; ')) : str(value))
const XML_CODE = /<Code>([^<]{1,200})<\/Code>/
const XML_MESSAGE = /<Message>([^<]{1,1000})<\/Message>/
const XML_REQUEST_ID = /<RequestI[dD]>([^<]{1,200})<\/RequestI[dD]>/

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
  // `own` answers undefined for anything but a plain object, so a non-object body says nothing.
  const error = own(dict, 'error')
  const firstItem = head(own(dict, 'errors'))
  const details = own(error, 'details')
  const detailList: unknown[] = Array.isArray(details) ? details : []
  const detail = own(dict, 'detail')
  return {
    codes: [
      problemType(own(dict, 'type')),
      own(dict, 'code'),
      own(dict, 'errorCode'),
      own(dict, 'error'),
      own(dict, '__type'),
      own(head(own(dict, 'details')), 'issue'),
      own(dict, 'name'),
      own(error, 'code'),
      own(error, 'type'),
      ...detailList.map((d) => own(d, 'reason')),
      own(head(own(error, 'errors')), 'reason'),
      own(error, 'status'),
      // Cloudflare numbers its codes.
      typeof own(firstItem, 'code') === 'number' ? String(own(firstItem, 'code')) : own(firstItem, 'code'),
      own(own(firstItem, 'extensions'), 'code'),
      own(firstItem, 'errorCode'),
      own(dict, 'title'),
    ].filter((code): code is string => str(code) !== undefined),
    status: errorStatus(own(dict, 'code')) ?? errorStatus(own(dict, 'status')) ?? errorStatus(own(dict, 'statusCode')) ?? errorStatus(own(error, 'code')),
    message:
      joined(own(dict, 'message')) ??
      first(
        detail,
        own(dict, 'error_description'),
        own(dict, 'errorSummary'),
        own(error, 'message'),
        own(dict, 'errors'),
        joined(own(dict, 'errorMessages')),
        own(firstItem, 'message'),
        own(firstItem, 'detail'),
        own(head(detail), 'msg'),
        own(dict, 'Message'),
        own(dict, 'title'),
        error,
      ),
    id: first(
      own(dict, 'id'),
      own(dict, 'request_id'),
      own(dict, 'requestId'),
      own(dict, 'traceId'),
      own(dict, 'debug_id'),
      own(dict, 'errorId'),
      own(own(error, 'innerError') ?? own(error, 'innererror'), 'request-id'),
      own(dict, 'instance'),
    ),
    fieldErrors: readFieldErrors(dict),
    wait: detailList.map((d) => own(d, 'retryDelay')).find(str) ?? own(dict, 'retry_after') ?? own(dict, 'retryAfter'),
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
    const code = XML_CODE.exec(trimmed)?.[1]?.trim()
    return { codes: code ? [code] : [], fieldErrors: [], message: XML_MESSAGE.exec(trimmed)?.[1]?.trim(), id: XML_REQUEST_ID.exec(trimmed)?.[1]?.trim() }
  }
  // Broken JSON says nothing a user should read; short text is the message.
  return { codes: [], fieldErrors: [], message: /^[^{[]/.test(trimmed) && trimmed.length <= 500 ? trimmed : undefined }
}

// A problem `type` is a URI: its last segment is the code (`…/probs/out-of-credit`); about:blank says nothing.
function problemType(type: unknown): string | undefined {
  const text = str(type)
  if (!text || text === 'about:blank') return undefined
  return text.includes('/') ? text.replace(/[/#?]+$/, '').split(/[/#]/).pop() : text
}
