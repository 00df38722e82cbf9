import { misuse } from '../shared/options.js'

/** What `crossTab` accepts: `true` (the name `default`) or `{ name }` for tabs that share a name. */
export type CrossTabOption = boolean | { name: string }

/** The name the tabs share, or `undefined` when `crossTab` is off; misuse throws with what to pass. */
export function crossTabName(caller: string, value: unknown): string | undefined {
  if (value === undefined || value === false) return undefined
  const name: unknown = value === true ? 'default' : (value as { name?: unknown } | null)?.name
  if (typeof name !== 'string' || !name)
    misuse(caller, 'crossTab must be true or { name }', value, "Pass true, or { name: 'my-app' }.")
  return name
}
