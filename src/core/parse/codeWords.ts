/** Codes longer than this, or of more words, are prose (a sentence in an `error` field), not codes. */
const MAX_CODE_LENGTH = 200
const MAX_WORDS = 8

/**
 * The words of a code-like string, lower case, each between single spaces (` resource not found `),
 * whatever its spelling: camelCase, PascalCase (`APIKeyInvalid` → api key invalid), snake_case,
 * kebab-case, SCREAMING_CASE, dotted or slashed tags (`path/not_found/..`). An AWS namespace
 * (`aws.protocols#`) and a `:…` tail (`ValidationException:http://…`) are dropped. `undefined` for
 * prose and for strings with no word. Each pattern looks at one character and its neighbours: linear.
 */
export function codeWords(code: string): string | undefined {
  if (code.length > MAX_CODE_LENGTH) return undefined
  const words = code
    .slice(code.lastIndexOf('#') + 1)
    .split(':')[0]!
    .replace(/([a-z\d])(?=[A-Z])|([A-Z])(?=[A-Z][a-z])/g, '$1$2 ')
    .toLowerCase()
    .split(/[^a-z\d]+/)
    .filter(Boolean)
  return words.length && words.length <= MAX_WORDS ? ` ${words.join(' ')} ` : undefined
}
