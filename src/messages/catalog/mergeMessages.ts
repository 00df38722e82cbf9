import { isPluralMessage, pluralForms } from './pluralForm.js'
import type { ApiErrorCatalog, ApiErrorMessages } from './types.js'

/** Keys that could reach a prototype when assigned: never copied from either side. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const ownValue = (object: unknown, key: string): unknown =>
  isRecord(object) && Object.hasOwn(object, key) ? object[key] : undefined

/**
 * Copies `base`, taking an override only where `base` has a string at the same path and the
 * override is a string too, or a plural message where both have one. Keys unknown to `base`, unsafe keys and non-string leaves are ignored.
 */
function merge(base: unknown, override: unknown): unknown {
  if (typeof base === 'string') return typeof override === 'string' ? override : base
  if (!isRecord(base)) return base
  // A plural message is replaced whole: each language has its own forms (Arabic six, English two).
  if (isPluralMessage(base)) return isPluralMessage(override) ? pluralForms(override) : base
  const copy: Record<string, unknown> = {}
  for (const key of Object.keys(base)) {
    if (UNSAFE_KEYS.has(key)) continue
    copy[key] = merge(base[key], ownValue(override, key))
  }
  return copy
}

/**
 * A new catalog: `overrides` deep-merged onto a copy of `base`. Neither input is mutated, so
 * hostile overrides (parsed JSON with `__proto__` keys) cannot pollute prototypes.
 */
export function mergeMessages(base: ApiErrorCatalog, overrides?: ApiErrorMessages): ApiErrorCatalog {
  return merge(base, overrides) as ApiErrorCatalog
}
