export const REDACTED = '[REDACTED]'

// Query parameter names that carry credentials: token, access_token, api_key, apiKey, secret, sig…
const SECRET_NAME = /token|secret|passw|api-?key|auth(?!or)|session|credential|signature|^(key|sig|code|jwt)$/i
const isSecretName = (name: string) => SECRET_NAME.test(name.replace(/_/g, '-'))

const PARAM = /([?&#;])([^=&#\s]+)=([^&#\s]*)/g
const USERINFO = /(\b[a-z][a-z\d+.-]*:\/\/)[^/?#\s@]*@/gi
const BEARER = /\b(bearer|basic|token)\s+[\w\-.~+/=]{8,}/gi

/**
 * Removes credentials from free text (a message, a URL): secret query parameters, user:password@
 * in URLs, and `Bearer …` tokens. Everything else is left as written.
 */
export function redactSecrets(text: string): string {
  return text
    .replace(USERINFO, '$1')
    .replace(PARAM, (all, sep: string, name: string) => (isSecretName(safeDecode(name)) ? `${sep}${name}=${REDACTED}` : all))
    .replace(BEARER, (_all, scheme: string) => `${scheme} ${REDACTED}`)
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}
