import { at, first, isDict, own, split, str } from './bodyFields.js'
import { MAX_FIELD_ERRORS } from '../error/limits.js'
import type { FieldError } from '../error/types.js'

const MAX_DEPTH = 8
const MESSAGE_KEYS = 'detail message msg reason description issue defaultMessage title code'.split(' ')

/**
 * Field errors from every common shape, as dotted paths: RFC 9457 `errors[]` / `invalid-params`,
 * JSON:API `source.pointer` / `source.parameter`, GitHub `errors[{ field, code }]`, error maps
 * (Rails, Laravel, Jira, ASP.NET, GitLab's `message`, Discord's nested `_errors`, DRF's bare body),
 * FastAPI `detail[{ loc, msg }]`, Okta `errorCauses`, PayPal `details[]`,
 * Google `fieldViolations` and legacy `errors[].location`, Stripe's `param`, NestJS's `message[]`,
 * tRPC's zod map (`data.zodError.fieldErrors`), GraphQL `extensions.field` / `argumentName`.
 * An error naming no field (a pointer `""`, ASP.NET's `""` key, Discord's root `_errors`) gets the path `''`.
 */
export function readFieldErrors(body: unknown): FieldError[] {
  const details = at(body, 'error.details')
  const param = str(at(body, 'error.param'))
  const message = own(body, 'message')
  const found = [
    ...split('errors invalid-params detail details errorCauses error.errors data.zodError.fieldErrors', ' ').flatMap(
      (path) => fromAny(at(body, path)),
    ),
    // GitLab's `message: { field: [msg] }`; NestJS's `message: [msg]`, validation messages naming no field.
    ...(Array.isArray(message) ? message.filter(str).map((m: string) => ({ path: '', message: m })) : fromAny(message)),
    ...(Array.isArray(details) ? details.flatMap((d: unknown) => fromAny(own(d, 'fieldViolations'))) : []),
    ...(param && str(at(body, 'error.message'))
      ? [{ path: dotted(param), message: at(body, 'error.message') as string }]
      : []),
  ]
  // Django REST framework's bare `{ field: [msg] }`: every value a list of messages.
  const bare = !found.length && isDict(body) && Object.values(body).every((v) => Array.isArray(v) && v.every(str))
  return (bare ? fromMap(body, '', 0) : found).slice(0, MAX_FIELD_ERRORS)
}

function fromAny(value: unknown): FieldError[] {
  return Array.isArray(value) ? value.flatMap(fromItem) : fromMap(value, '', 0)
}

function fromItem(item: unknown): FieldError[] {
  const pointer = [own(item, 'pointer'), at(item, 'source.pointer')].find((p) => typeof p === 'string') as
    string | undefined
  const loc = own(item, 'loc')
  const summary = str(own(item, 'errorSummary'))
  const message = first(...MESSAGE_KEYS.map((key) => own(item, key)))
  const field = first(
    at(item, 'source.parameter'),
    // GraphQL: an error's `extensions` may name its field (Apollo Server's `argumentName`).
    at(item, 'extensions.field'),
    at(item, 'extensions.argumentName'),
    own(item, 'field'),
    own(item, 'path'),
    own(item, 'name'),
    own(item, 'location'),
  )
  // Okta: `login: An object with this field already exists`; a cause naming no field repeats the summary.
  if (summary) {
    const colon = summary.indexOf(': ')
    return colon < 0 ? [] : [{ path: dotted(summary.slice(0, colon)), message: summary.slice(colon + 2) }]
  }
  if (message === undefined) return []
  const paths: string[] =
    pointer !== undefined
      ? [fromPointer(pointer)]
      : // FastAPI's `loc` starts with where the value came from (`body`, `query`…); the field follows.
        Array.isArray(loc)
        ? [loc.slice(1).join('.')]
        : field === undefined
          ? []
          : [field.startsWith('/') ? fromPointer(field) : dotted(field)]
  return paths.map((path) => ({ path, message }))
}

// `{ email: ['is taken'] }`, nested objects and lists of them (Discord, DRF), `_errors` at any depth.
function fromMap(map: unknown, prefix: string, depth: number): FieldError[] {
  if (!isDict(map) || depth > MAX_DEPTH) return []
  return Object.keys(map).flatMap((key) => {
    const path = key === '_errors' ? prefix : prefix ? `${prefix}.${key}` : dotted(key)
    const value = map[key]
    const items: unknown[] = Array.isArray(value) ? value : [value]
    return items.flatMap((item, index): FieldError[] => {
      const message = str(item) ?? str(own(item, 'message'))
      return message ? [{ path, message }] : fromMap(item, Array.isArray(value) ? `${path}.${index}` : path, depth + 1)
    })
  })
}

// `line_items[0][price]`, `Items[0].Name` and System.Text.Json's `$.items[0]` → dotted paths; `$` alone is the body.
const dotted = (path: string): string => path.replace(/\[([^\][]*)\]/g, '.$1').replace(/^\$?\.?/, '')

// RFC 6901: `/address/0/street` → `address.0.street`; JSON:API's `/data/attributes/` names no field.
function fromPointer(pointer: string): string {
  return pointer
    .replace(/^#?\/?(?:data\/attributes\/)?/, '')
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.')
}
