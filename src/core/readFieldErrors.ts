import { first, head, isDict, own, str } from './bodyFields.js'
import type { FieldError } from './types.js'

const MAX_FIELD_ERRORS = 100
const MAX_DEPTH = 8
// Keys of an error envelope: a body carrying one of them is not a bare field map.
const ENVELOPE_KEYS = ['errors', 'error', 'errorMessages', 'message', 'detail', 'title', 'type', 'code']
// FastAPI's `loc` starts with where the value came from; the form field is what follows.
const LOCATIONS = ['body', 'query', 'path', 'header', 'cookie']

/**
 * Field errors from every common shape, as dotted paths: RFC 9457 `errors[]` / `invalid-params`,
 * JSON:API `source.pointer` / `source.parameter`, GitHub `errors[{ field, code }]`, error maps
 * (Rails, Laravel, Jira, ASP.NET, GitLab's `message`, Discord's nested `_errors`, DRF's bare body),
 * FastAPI `detail[{ loc, msg }]`, Okta `errorCauses`, PayPal `details[]`, Salesforce `fields`,
 * Google `fieldViolations` and Stripe's `param`. An error naming no field gets the path `''`.
 */
export function readFieldErrors(body: unknown): FieldError[] {
  const error = own(body, 'error')
  const details = own(error, 'details')
  const param = str(own(error, 'param'))
  const message = own(body, 'message')
  const found = [
    ...fromAny(own(body, 'errors')),
    ...fromAny(own(body, 'invalid-params')),
    ...fromAny(own(body, 'detail')),
    ...fromAny(own(body, 'details')),
    ...fromAny(own(body, 'errorCauses')),
    ...fromAny(own(error, 'errors')),
    // GitLab's `message: { field: [msg] }`; NestJS's `message: [msg]`, validation messages naming no field.
    ...(Array.isArray(message) ? message.filter((m) => str(m)).map((m: string) => ({ path: '', message: m })) : fromAny(message)),
    ...(Array.isArray(details) ? details.flatMap((d: unknown) => fromAny(own(d, 'fieldViolations'))) : []),
    ...(param && str(own(error, 'message')) ? [{ path: dotted(param), message: own(error, 'message') as string }] : []),
  ]
  // Django REST framework's bare `{ field: [msg] }`: every value a list or an object.
  const bare = !found.length && isDict(body) && !ENVELOPE_KEYS.some((key) => Object.hasOwn(body, key)) && Object.values(body).every((v) => typeof v === 'object' && v !== null)
  return (bare ? fromMap(body, '', 0) : found).slice(0, MAX_FIELD_ERRORS)
}

function fromAny(value: unknown): FieldError[] {
  return Array.isArray(value) ? value.flatMap(fromItem) : isDict(value) ? fromMap(value, '', 0) : []
}

function fromItem(item: unknown): FieldError[] {
  const source = own(item, 'source')
  const pointer = [own(item, 'pointer'), own(source, 'pointer')].find((p) => typeof p === 'string') as string | undefined
  const loc = own(item, 'loc')
  const summary = str(own(item, 'errorSummary'))
  const message = first(...['detail', 'message', 'msg', 'reason', 'description', 'issue', 'defaultMessage', 'title', 'code'].map((key) => own(item, key)))
  // Okta: `login: An object with this field already exists`; a cause naming no field is the summary again.
  if (summary) {
    const colon = summary.indexOf(': ')
    return colon < 0 ? [] : [{ path: dotted(summary.slice(0, colon)), message: summary.slice(colon + 2) }]
  }
  if (message === undefined) return []
  const fields = own(item, 'fields')
  if (Array.isArray(fields)) return fields.filter((f) => str(f)).map((f: string) => ({ path: dotted(f), message }))
  let path: string | undefined
  if (pointer !== undefined) path = fromPointer(pointer)
  else if (Array.isArray(loc)) path = loc.slice(LOCATIONS.includes(loc[0] as string) ? 1 : 0).join('.')
  else {
    const field = first(own(source, 'parameter'), own(item, 'field'), own(item, 'path'), own(item, 'name'), own(item, 'location'))
    path = field === undefined ? undefined : field.startsWith('/') ? fromPointer(field) : dotted(field)
  }
  return path === undefined ? [] : [{ path, message }]
}

// `{ email: ['is taken'] }`, nested objects and lists of them (Discord, DRF), `_errors` at any depth.
function fromMap(map: unknown, prefix: string, depth: number): FieldError[] {
  if (!isDict(map) || depth > MAX_DEPTH) return []
  return Object.keys(map).flatMap((key) => {
    const path = key === '_errors' || key === 'non_field_errors' ? prefix : prefix ? `${prefix}.${key}` : dotted(key)
    const value = map[key]
    const items: unknown[] = Array.isArray(value) ? value : [value]
    return items.flatMap((item, index): FieldError[] => {
      if (str(item)) return [{ path, message: item as string }]
      const message = str(own(item, 'message'))
      if (message) return [{ path, message }]
      return fromMap(item, Array.isArray(value) ? `${path}.${index}` : path, depth + 1)
    })
  })
}

// `line_items[0][price]`, `Items[0].Name` and System.Text.Json's `$.items[0]` → dotted paths.
function dotted(path: string): string {
  return path
    .replace(/^\$\.?/, '')
    .replace(/\[([^\][]*)\]/g, '.$1')
    .replace(/^\./, '')
}

// RFC 6901: `/address/0/street` → `address.0.street`; JSON:API's `/data/attributes/` names no field.
function fromPointer(pointer: string): string {
  return pointer
    .replace(/^#?\/?(?:data\/attributes\/)?/, '')
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.')
}
