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
  isDict(obj) && Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined
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
  const facts: BodyFacts = { codes: [], fieldErrors: [] }
  if (typeof body === 'string') return describeText(body, facts)
  if (!isDict(body)) return facts
  const error = own(body, 'error')
  const nested = isDict(error) ? error : undefined
  const errors = own(body, 'errors')
  const firstItem: unknown = Array.isArray(errors) ? errors[0] : undefined

  facts.codes = [
    problemType(own(body, 'type')),
    own(body, 'code'),
    error,
    own(nested, 'type'),
    own(nested, 'code'),
    own(nested, 'status'),
    own(firstItem, 'code'),
    own(body, 'title'),
  ].filter((code): code is string => str(code) !== undefined)
  facts.status = errorStatus(own(body, 'code')) ?? errorStatus(own(body, 'status')) ?? errorStatus(own(nested, 'code'))
  facts.message = first(
    own(body, 'message'),
    own(body, 'detail'),
    own(body, 'error_description'),
    own(nested, 'message'),
    own(firstItem, 'message'),
    own(firstItem, 'detail'),
    own(body, 'title'),
    error,
  )
  facts.id = first(own(body, 'id'), own(body, 'instance'))
  facts.fieldErrors = [...fieldErrorsOf(errors), ...fieldErrorsOf(own(body, 'invalid-params'))]
  return facts
}

function describeText(text: string, facts: BodyFacts): BodyFacts {
  const trimmed = text.trim()
  if (/^[{[]/.test(trimmed)) {
    try {
      return describeBody(JSON.parse(trimmed) as unknown)
    } catch {
      return facts // truncated or invalid JSON: the status decides
    }
  }
  // HTML and XML pages from proxies say nothing a user should read.
  if (trimmed && !trimmed.startsWith('<') && trimmed.length <= 500) facts.message = trimmed
  return facts
}

// A problem `type` is a URI: its last segment is the code (`…/probs/out-of-credit`); about:blank says nothing.
function problemType(type: unknown): string | undefined {
  const text = str(type)
  if (!text || text === 'about:blank') return undefined
  return text.includes('/') ? text.replace(/[/#?]+$/, '').split(/[/#]/).pop() : text
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
