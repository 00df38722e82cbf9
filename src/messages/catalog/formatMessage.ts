import { pluralForm } from './pluralForm.js'
import type { PluralMessage } from './types.js'

/** Values for `{placeholders}`. A missing, empty or non-finite value leaves its placeholder out. */
export type MessageValues = Readonly<Record<string, string | number | undefined>>

function valueFor(values: MessageValues | undefined, name: string): string | undefined {
  if (values == null || !Object.hasOwn(values, name)) return undefined
  const value: unknown = values[name]
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined
  return typeof value === 'string' && value !== '' ? value : undefined
}

/**
 * Fills `{name}` placeholders with `values`, as plain text (the caller renders it as text). A
 * `PluralMessage` first takes the form `locale`'s plural rules give for `{count}` (or `{seconds}`).
 * A placeholder without a value is left out together with the gap it would leave, so
 * `Reference: {id}` becomes `Reference:`, never `Reference: undefined`.
 */
export function formatMessage(template: string | PluralMessage, values?: MessageValues, locale = 'en'): string {
  const text = typeof template === 'string' ? template : pluralForm(template, values, locale)
  // split with a capturing group: [text, name, text, name, …, text]
  const parts = text.split(/\{(\w+)\}/)
  let out = parts[0] ?? ''
  for (let index = 1; index < parts.length; index += 2) {
    let text = parts[index + 1] ?? ''
    const value = valueFor(values, parts[index] ?? '')
    if (value !== undefined) {
      out += value + text
      continue
    }
    // Dropped: no double, leading or trailing space where the value would have been.
    if (out === '' || /\s$/.test(out)) text = text.replace(/^\s+/, '')
    const atEnd = text === '' && index + 2 >= parts.length
    if (atEnd || /^[.,;:!?)]/.test(text)) out = out.replace(/\s+$/, '')
    out += text
  }
  return out
}
