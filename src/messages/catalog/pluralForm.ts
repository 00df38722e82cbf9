import type { MessageValues } from './formatMessage.js'
import type { PluralMessage } from './types.js'

const FORMS = ['zero', 'one', 'two', 'few', 'many', 'other'] as const

/** Whether a catalog entry is a `PluralMessage` (an object with an `other` form) rather than a section. */
export const isPluralMessage = (value: unknown): value is PluralMessage =>
  typeof value === 'object' && value !== null && typeof (value as { other?: unknown }).other === 'string'

/** Only the plural forms of `value` that are strings: a copy that holds nothing else. */
export function pluralForms(value: PluralMessage): PluralMessage {
  return Object.fromEntries(
    FORMS.flatMap((form) =>
      Object.hasOwn(value, form) && typeof value[form] === 'string' ? [[form, value[form]]] : [],
    ),
  ) as unknown as PluralMessage
}

/**
 * The form of `message` that `locale`'s plural rules give for `{count}` (or `{seconds}`), falling
 * back to `other` when the number is missing, the locale unknown or the form absent.
 */
export function pluralForm(message: PluralMessage, values: MessageValues | undefined, locale: string): string {
  const count = Number(values?.count ?? values?.seconds)
  let category: string = 'other'
  try {
    if (Number.isFinite(count)) category = new Intl.PluralRules(locale).select(count)
  } catch {
    // An invalid locale tag: `other` is always there.
  }
  const form = Object.hasOwn(message, category) ? message[category as keyof PluralMessage] : undefined
  return typeof form === 'string' ? form : message.other
}
