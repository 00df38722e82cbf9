import { at, firstOwn, own, paths, str } from './bodyFields.js'
import type { FieldError } from '../error/types.js'

// Where an item or a map entry says its message, most specific first; where an item names its field.
const MESSAGE_KEYS =
  'detail message msg error_message errorMessage reason description issue defaultMessage title error code'.split(' ')
const FIELD_KEYS =
  'field fieldName field_name property propertyPath param parameter attribute path name key location'.split(' ')
// GraphQL: an error's `extensions` may name its field (Apollo Server's `argumentName`).
const [POINTER, PARAMETER, EXT_FIELD, EXT_ARGUMENT] = paths(
  'source.pointer source.parameter extensions.field extensions.argumentName',
) as [string[], string[], string[], string[]]

/** The message an item gives in any of its message keys. */
export const messageOf = (item: unknown): string | undefined => firstOwn(item, MESSAGE_KEYS)

/**
 * Adds the field error one list item describes — an object with a field key and a message key:
 * RFC 9457 and JSON:API (`pointer`, `source.pointer`, `source.parameter`), GitHub
 * `{ field, code }`, `invalid-params` `{ name, reason }`, FastAPI `{ loc, msg }`, zod
 * `{ path: [...], message }` (not a GraphQL error's result `path`), PayPal `{ field, issue,
 * description }`, Google `{ field, description }` and legacy `{ location, message }`, Okta's
 * `errorSummary` (`login: An object…`), GraphQL `extensions.field` / `argumentName`, `{ property | attribute | key | fieldName, message }`.
 * An item naming no field adds nothing; a pointer `""` names the whole body (path `''`).
 */
export function addFieldItem(item: unknown, out: FieldError[]): void {
  // Okta: `login: An object with this field already exists`; a cause naming no field repeats the summary.
  const summary = str(own(item, 'errorSummary'))
  const colon = summary?.indexOf(': ') ?? -1
  if (summary) {
    if (colon >= 0) out.push({ path: dotted(summary.slice(0, colon)), message: summary.slice(colon + 2) })
    return
  }
  const message = messageOf(item)
  if (message === undefined) return
  const pointer = [own(item, 'pointer'), at(item, POINTER)].find((p) => typeof p === 'string')
  // FastAPI's `loc` starts with where the value came from (`body`, `query`…); a GraphQL error's `path` names a result field.
  const loc = own(item, 'loc')
  const list = Array.isArray(loc)
    ? loc.slice(1)
    : own(item, 'locations') === undefined && own(item, 'extensions') === undefined
      ? own(item, 'path')
      : undefined
  const field =
    str(at(item, PARAMETER)) ?? str(at(item, EXT_FIELD)) ?? str(at(item, EXT_ARGUMENT)) ?? firstOwn(item, FIELD_KEYS)
  const path =
    typeof pointer === 'string'
      ? fromPointer(pointer)
      : Array.isArray(list)
        ? list.join('.')
        : field?.startsWith('/')
          ? fromPointer(field)
          : field && dotted(field)
  if (path !== undefined) out.push({ path, message })
}

/** `line_items[0][price]`, `Items[0].Name` and System.Text.Json's `$.items[0]` → dotted paths; `$` alone is the body. */
export const dotted = (path: string): string => path.replace(/\[([^\][]*)\]/g, '.$1').replace(/^\$?\.?/, '')

// RFC 6901: `/address/0/street` → `address.0.street`; JSON:API's `/data/attributes/` names no field.
const fromPointer = (pointer: string): string =>
  pointer
    .replace(/^#?\/?(?:data\/attributes\/)?/, '')
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.')
