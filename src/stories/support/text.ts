/** A pattern matching `text` anywhere in an accessible name (banner names start with the severity word). */
export function containing(text: string): RegExp {
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
}
