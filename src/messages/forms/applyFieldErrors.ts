import { parseApiError } from '../../core/index.js'
import type { FieldError } from '../../core/index.js'
import { fieldErrorsToShow } from '../../core/fields/fieldErrorsToShow.js'
import { misuse } from '../../core/shared/options.js'
import { describeApiError } from '../describe/describeApiError.js'
import type { DescribeApiErrorOptions } from '../describe/describeApiError.js'

/** A form library's way to mark one field, such as react-hook-form's `setError` (`shouldFocus` moves focus to it). */
export type SetFieldError<Path extends string> = (
  path: Path,
  error: { type: 'server'; message: string },
  options?: { shouldFocus: boolean },
) => void

export interface ApplyFieldErrorsOptions<Path extends string> extends Omit<
  DescribeApiErrorOptions,
  'showServerMessages'
> {
  /**
   * The form's field names, in the form's order (`email`, `address.street`, `emails.0`). Errors
   * for any other path go to `root`: a form library cannot clear an error on a field it does not
   * have. The first rejected one gets focus.
   */
  fields?: readonly Path[]
  /**
   * Where the rest goes: the server's own messages for errors no field shows (Rails `base`, a
   * path outside `fields`), else the catalog's title for the error. Default `'root.server'`;
   * `false` to skip.
   */
  root?: Path | false
}

/** At most this many of the server's messages are joined into the root message. */
const MAX_ROOT_MESSAGES = 3

/**
 * Marks each field the server rejected: `setError(path, { type: 'server', message })` once per
 * path, with its first message (paths as parsed, `address.0.street`, are react-hook-form's
 * names), and focuses the first of them in the form's order. What cannot land on a field goes to
 * `root`: the messages of a 4xx's errors for paths the form has no input for, else the catalog's
 * title in the given language (a failure without field errors, a 5xx — never server text).
 * Returns the field errors that did not land on a field (a 5xx's are server text: none come back).
 */
export function applyFieldErrors<Path extends string>(
  error: unknown,
  setError: SetFieldError<Path>,
  options: ApplyFieldErrorsOptions<Path> = {},
): FieldError[] {
  const { fields, root = 'root.server' as Path, ...copy } = options ?? {}
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
  const parsed = parseApiError(error, { aliases: copy.aliases })
  if (parsed.type === 'Aborted') return []
  const known = fields ? new Set<string>(fields) : undefined
  // A 5xx's field errors are server text, never shown: they neither land on a field nor come
  // back to be rendered elsewhere; the root message says what happened.
  const marks = new Map<string, string>()
  const missed: FieldError[] = []
  const unplaced: string[] = []
  for (const fieldError of fieldErrorsToShow(parsed)) {
    const { path, message } = fieldError
    const placeable = !known || known.has(path)
    if (placeable && !marks.has(path)) {
      marks.set(path, message)
      continue
    }
    // A further message for a marked field is not shown, but it is no reason for a root message.
    if (!placeable && !unplaced.includes(message)) unplaced.push(message)
    missed.push(fieldError)
  }
  // Focus goes to the first rejected field as the form lists them (else as the server did).
  const first = fields?.find((path) => marks.has(path)) ?? marks.keys().next().value
  for (const [path, message] of marks)
    setError(path as Path, { type: 'server', message }, path === first ? { shouldFocus: true } : undefined)
  if (root !== false && (unplaced.length > 0 || marks.size === 0)) {
    const message =
      unplaced.length > 0 ? unplaced.slice(0, MAX_ROOT_MESSAGES).join(' ') : describeApiError(parsed, copy).title
    setError(root, { type: 'server', message })
  }
  return missed
}
