import { trimEnd } from './trimEnd.js'
import type { FieldError } from './types.js'

/** What a response body says about the error, whatever its dialect. Copied, never merged. */
export interface BodyFacts {
  /** Vendor codes in the order they should be tried: Botpress/problem `type`, `code`, `error`… */
  codes: string[]
  status?: number
  message?: string
  id?: string
  fieldErrors: FieldError[]
}

type Dict = Record<string, unknown>

const isDict = (value: unknown): value is Dict => typeof value === 'object' && value !== null && !Array.isArray(value)
const own = (obj: unknown, key: string): unknown =>
  isDict(obj) && Object.hasOwn(obj, key) ? obj[key] : undefined
const str = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value : undefined)
const first = (...values: unknown[]): string | undefined => values.map(str).find((v) => v !== undefined)
const errorStatus = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isInteger(value) && value >= 400 && value <= 599 ? value : undefined

/**
 * Reads a body in any of the dialects the kit knows: Botpress (`{ id, code, type, message }`),
 * RFC 9457 problem details, and generic `{ error, message }` / `{ error: { code, message } }`.
 * Strings are sniffed: JSON is parsed, HTML is ignored, short text becomes the message.
 */
export function describeBody(body: unknown): BodyFacts {
  if (typeof body === 'string') return describeText(body)
  // `own` answers undefined for anything but a plain object, so a non-object body says nothing.
  const error = own(body, 'error')
  const errors = own(body, 'errors')
  const firstItem: unknown = Array.isArray(errors) ? errors[0] : undefined
  return {
    codes: [
      problemType(own(body, 'type')),
      own(body, 'code'),
      error,
      own(error, 'type'),
      own(error, 'code'),
      own(error, 'status'),
      own(firstItem, 'code'),
      own(body, 'title'),
    ].filter((code): code is string => str(code) !== undefined),
    status: errorStatus(own(body, 'code')) ?? errorStatus(own(body, 'status')) ?? errorStatus(own(error, 'code')),
    message: first(
      own(body, 'message'),
      own(body, 'detail'),
      own(body, 'error_description'),
      own(error, 'message'),
      own(firstItem, 'message'),
      own(firstItem, 'detail'),
      own(body, 'title'),
      error,
    ),
    id: first(own(body, 'id'), own(body, 'instance')),
    fieldErrors: [...fieldErrorsOf(errors), ...fieldErrorsOf(own(body, 'invalid-params'))],
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
  // Neither broken JSON nor the HTML and XML pages of proxies say anything a user should read.
  return { codes: [], fieldErrors: [], message: /^[^{[<]/.test(trimmed) && trimmed.length <= 500 ? trimmed : undefined }
}

// A problem `type` is a URI: its last segment is the code (`…/probs/out-of-credit`); about:blank says nothing.
function problemType(type: unknown): string | undefined {
  const text = str(type)
  if (!text || text === 'about:blank') return undefined
  if (!text.includes('/')) return text
  const path = trimEnd(text, '/#?')
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('#')) + 1)
}

function fieldErrorsOf(value: unknown): FieldError[] {
  if (Array.isArray(value)) {
    return value.flatMap((item: unknown) => {
      const source = own(item, 'source')
      const pointer = first(own(item, 'pointer'), own(source, 'pointer'))
      const path = pointer !== undefined ? fromPointer(pointer) : first(own(item, 'field'), own(item, 'path'), own(item, 'name'))
      const message = first(own(item, 'detail'), own(item, 'message'), own(item, 'reason'))
      return path !== undefined && message !== undefined ? [{ path, message }] : []
    })
  }
  // `{ errors: { email: ['is taken'] } }`, as Rails and Laravel send it.
  if (isDict(value)) {
    return Object.keys(value).flatMap((path) => {
      const messages: unknown = value[path]
      return (Array.isArray(messages) ? messages : [messages]).filter((m): m is string => str(m) !== undefined).map((message) => ({ path, message }))
    })
  }
  return []
}

// RFC 6901: `/address/0/street` → `address.0.street`.
function fromPointer(pointer: string): string {
  return pointer
    .replace(/^#?\/?/, '')
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.')
}
