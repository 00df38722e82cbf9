import { parseApiError } from '../../core/index.js'
import type { FieldError } from '../../core/index.js'
import { fieldErrorsToShow } from '../../core/fields/fieldErrorsToShow.js'
import { misuse } from '../../core/shared/options.js'
import { describeApiError } from '../describe/describeApiError.js'
import type { ApiErrorCatalog, ApiErrorMessages } from '../catalog/types.js'

/** A form library's way to mark one field, such as react-hook-form's `setError`. */
export type SetFieldError<Path extends string> = (path: Path, error: { type: 'server'; message: string }) => void

export interface ApplyFieldErrorsOptions<Path extends string> {
  /**
   * The form's field names (`email`, `address.street`, `emails.0`). Errors for any other path go
   * to `root`: a form library cannot clear an error on a field it does not have.
   */
  fields?: readonly Path[]
  /** Where the rest goes, with the catalog's title for the error: default `'root.server'`; `false` to skip. */
  root?: Path | false
  /** A catalog or overrides over English, for the root message. */
  messages?: ApiErrorCatalog | ApiErrorMessages
  /** The language whose plural rules apply; defaults to the catalog's. */
  locale?: string
}

/**
 * Marks each field the server rejected: `setError(path, { type: 'server', message })` once per
 * path, with its first message (paths as parsed, `address.0.street`, are react-hook-form's
 * names). What cannot land on a field — paths outside `fields`, a failure without field errors, a
 * 5xx — puts the catalog's title on `root`, never server text. Returns the field errors that did
 * not land on a field (a 5xx's are server text: none come back).
 */
export function applyFieldErrors<Path extends string>(
  error: unknown,
  setError: SetFieldError<Path>,
  options: ApplyFieldErrorsOptions<Path> = {},
): FieldError[] {
  const { fields, root = 'root.server' as Path, messages, locale } = options ?? {}
  if (typeof setError !== 'function')
    misuse(
      'applyFieldErrors',
      'setError must be a function (path, { type, message }) => void',
      setError,
      __DEV__ && "Pass your form's setError, e.g. react-hook-form's useForm().setError.",
    )
  if (fields !== undefined && !Array.isArray(fields))
    misuse(
      'applyFieldErrors',
      'fields must be an array of field names',
      fields,
      __DEV__ && "List the form's fields, e.g. ['email', 'address.street'], or leave it out.",
    )
  if (root !== false && typeof root !== 'string')
    misuse(
      'applyFieldErrors',
      'root must be a field name or false',
      root,
      __DEV__ && "Pass the name the form shows general errors under, e.g. 'root.server', or false to skip it.",
    )
  if (error === null || error === undefined) return []
  const parsed = parseApiError(error)
  if (parsed.type === 'Aborted') return []
  const known = fields ? new Set<string>(fields) : undefined
  // A 5xx's field errors are server text, never shown: they neither land on a field nor come
  // back to be rendered elsewhere; the root message says what happened.
  const shown = fieldErrorsToShow(parsed)
  const marked = new Set<string>()
  const missed: FieldError[] = []
  let unplaced = false
  for (const fieldError of shown) {
    const { path, message } = fieldError
    const placeable = !known || known.has(path)
    if (placeable && !marked.has(path)) {
      marked.add(path)
      setError(path as Path, { type: 'server', message })
      continue
    }
    // A further message for a marked field is not shown, but it is no reason for a root message.
    if (!placeable) unplaced = true
    missed.push(fieldError)
  }
  if (root !== false && (unplaced || marked.size === 0))
    setError(root, { type: 'server', message: describeApiError(parsed, { messages, locale }).title })
  return missed
}
