import { isSecretName } from './secretNames.js'

const MIN_SECRET_LENGTH = 8

/**
 * The credentials in request headers as clients hold them (a `Headers`, axios's `AxiosHeaders`, a
 * plain or nested object, `[name, value]` pairs): the values of `Authorization`, `Cookie`,
 * `X-API-Key` and every other header whose name says secret, also without their scheme
 * (`Bearer abc…` → `abc…`) and cookie by cookie; values under 8 characters are left out. Never throws.
 */
export function secretsInHeaders(headers: unknown, depth = 0): string[] {
  if (typeof headers !== 'object' || headers === null || depth > 1) return []
  const secrets: string[] = []
  try {
    const entries: unknown[] =
      Symbol.iterator in headers ? Array.from(headers as Iterable<unknown>) : Object.entries(headers)
    for (const entry of entries) {
      if (!Array.isArray(entry)) continue
      const [name, value]: unknown[] = entry
      // axios's defaults nest per method: `{ common: { Authorization }, post: { … } }`.
      if (typeof value === 'object' && value !== null && !Array.isArray(value))
        secrets.push(...secretsInHeaders(value, depth + 1))
      if (typeof name !== 'string' || !isSecretName(name)) continue
      for (const item of Array.isArray(value) ? (value as unknown[]) : [value]) {
        if (typeof item !== 'string' && typeof item !== 'number') continue
        const text = String(item).trim()
        secrets.push(text, text.slice(text.indexOf(' ') + 1).trim())
        if (/cookie/i.test(name))
          for (const pair of text.split(';')) secrets.push(pair.trim(), pair.slice(pair.indexOf('=') + 1).trim())
      }
    }
  } catch {
    // A hostile header object (a throwing getter or iterator): keep what could be read.
  }
  // Shorter values (`consent=1`) are no credential, and scrubbing them would garble every text.
  return secrets.filter((secret) => secret.length >= MIN_SECRET_LENGTH)
}
