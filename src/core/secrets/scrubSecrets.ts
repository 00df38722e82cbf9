import { REDACTED } from './redacted.js'

/**
 * A function that replaces every occurrence of the given secrets (tokens and keys a request sent)
 * in a text, longest first so a secret containing another is removed whole; `undefined` when the
 * lists hold no secret. Non-strings and empty strings in the lists are ignored.
 */
export function secretScrubber(...lists: (readonly string[] | undefined)[]): ((text: string) => string) | undefined {
  const secrets = [...new Set(lists.flatMap((list) => list ?? []))]
    .filter((secret) => typeof secret === 'string' && secret)
    .sort((a, b) => b.length - a.length)
  if (secrets.length === 0) return undefined
  return (text) => secrets.reduce((out, secret) => out.split(secret).join(REDACTED), text)
}
