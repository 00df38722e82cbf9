import { firstOwn, isDict, own, str, walk } from './bodyFields.js'
import { addFieldItem, dotted, messageOf } from './fieldItem.js'
import { MAX_FIELD_ERRORS } from '../error/limits.js'
import type { Dict } from './bodyFields.js'
import type { FieldError } from '../error/types.js'

// Keys whose list or map holds field errors: `errors`, `fieldErrors`, `field_errors`,
// `validation_errors`, `violations`, `fieldViolations`, `errorCauses`, `causes`, zod's `issues`,
// `invalidFields`, `invalid-params`, `invalid_params`… Anchored fixed alternatives: linear.
const LIST_KEY =
  /^(?:(?:field|validation|error)[-_]?)?(?:errors|violations|causes|issues)$|^invalid[-_]?(?:fields|param(?:eter)?s)$/i
// Keys that hold field errors only when they look like them (Recurly's `params`, Bitbucket's `fields`).
const MAYBE_KEY = /^(?:details?|data|messages?|fields|params|parameters)$/
// An error that names one field beside its message: Stripe's `error.param`, Mollie's `field`, Chargebee's `param`.
const ONE_FIELD = 'field param parameter'.split(' ')
const ONE_MESSAGE = 'message detail description'.split(' ')
const LEVELS = 3
const MAX_MAP_DEPTH = 8

/**
 * Field errors from every common shape, as dotted paths, at most `MAX_FIELD_ERRORS` (collecting
 * stops there): a list of items that name a field and a message (see `addFieldItem`), or a map of
 * field → message(s) (Rails, Laravel, Jira, ASP.NET, GitLab's `message`, Discord's nested
 * `_errors`, zod's `flatten()`, `{ field: [{ error, description }] }`), under a key such as
 * `errors`, `fieldErrors`, `invalidFields`, `invalid-params`, `validation_errors`, `violations`,
 * `errorCauses`, anywhere in the top three levels (`error.errors`, `error.details[].fieldViolations`,
 * `data.zodError.fieldErrors`); under `detail`, `details`, `data` or `message` only when they look
 * like field errors (JSend's `data: { email: "A valid email is required" }`, not `{ request_id }`).
 * Also one field named beside the message (Stripe's `error.param`, Mollie's `field`), NestJS's `message: [msg]` (naming no field) and Django REST
 * framework's bare `{ field: [msg] }`. An error naming no field (a pointer `""`, ASP.NET's `""`
 * key, Discord's root `_errors`) gets the path `''`. `alsoVisit` sees every key on the way (the
 * body is walked once for all it says).
 */
export function readFieldErrors(
  body: unknown,
  alsoVisit?: (key: string, value: unknown, depth: number) => void,
): FieldError[] {
  const out: FieldError[] = []
  walk(body, LEVELS, (key, value, depth) => {
    alsoVisit?.(key, value, depth)
    const list = LIST_KEY.test(key)
    return out.length >= MAX_FIELD_ERRORS || ((list || MAYBE_KEY.test(key)) && take(value, !list, out))
  })
  // NestJS: `message: [msg]`, validation messages naming no field.
  const message = own(body, 'message')
  if (Array.isArray(message)) for (const text of message) if (str(text)) out.push({ path: '', message: text as string })
  for (const error of [body, own(body, 'error')]) {
    const field = firstOwn(error, ONE_FIELD)
    const text = firstOwn(error, ONE_MESSAGE)
    if (!out.length && field && text) out.push({ path: dotted(field), message: text })
  }
  // Django REST framework's bare `{ field: [msg] }`: every value a list of messages.
  if (!out.length && isDict(body) && Object.values(body).every((v) => Array.isArray(v) && v.every(str)))
    addMap(body, '', 0, out)
  return out.slice(0, MAX_FIELD_ERRORS)
}

/** Adds the field errors a list or map holds (`strict`: only a map of messages); whether it held any. */
function take(value: unknown, strict: boolean, out: FieldError[]): boolean {
  const before = out.length
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length && out.length < MAX_FIELD_ERRORS; i++) addFieldItem(value[i], out)
  } else if (isDict(value) && !isError(value) && (!strict || Object.values(value).every(isMessages))) {
    addMap(value, '', 0, out)
  }
  return out.length > before
}

// `{ message, code }` and `{ detail }` are one error, not fields.
const isError = (map: Dict): boolean =>
  (str(map.message) !== undefined && (typeof map.code === 'string' || typeof map.type === 'string')) ||
  Object.keys(map).every((key) => key === 'detail' || key === 'message')

// Prose (`"A valid email is required"`, not an id or a date), or a list of messages.
const isMessages = (value: unknown): boolean =>
  typeof value === 'string'
    ? value.trim().includes(' ')
    : Array.isArray(value) && value.length > 0 && value.every((item) => str(item) ?? messageOf(item))

// `{ email: ['is taken'] }`, `{ email: [{ error, description }] }`, nested objects and lists of them
// (Discord, DRF), `_errors` at any depth.
function addMap(map: unknown, prefix: string, depth: number, out: FieldError[]): void {
  if (!isDict(map) || depth > MAX_MAP_DEPTH) return
  for (const key of Object.keys(map)) {
    const path = key === '_errors' ? prefix : prefix ? `${prefix}.${key}` : dotted(key)
    const value = map[key]
    const items: unknown[] = Array.isArray(value) ? value : [value]
    for (let index = 0; index < items.length && out.length < MAX_FIELD_ERRORS; index++) {
      const message = str(items[index]) ?? messageOf(items[index])
      if (message) out.push({ path, message })
      else addMap(items[index], Array.isArray(value) ? `${path}.${index}` : path, depth + 1, out)
    }
  }
}
