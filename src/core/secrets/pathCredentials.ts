import { REDACTED } from './redacted.js'
import { isSecretName } from './secretNames.js'

// URL paths that are themselves credentials. Each pattern starts at a literal and its parts are
// bounded or end at the next `/`, so it runs in linear time.

/** Telegram's `/bot<id>:<token>/`: the whole `<id>:<token>` is the bot token. */
const TELEGRAM_BOT = /\/bot\d{1,20}:[\w-]{20,}/g
/** Discord's `/webhooks/<id>/<token>` and `/interactions/<id>/<token>`: the token after the id. */
const DISCORD_TOKEN = /(\/(?:webhooks|interactions)\/\d{5,25}\/)[\w.-]{20,}/g
/** Slack's incoming webhooks, `/services/T…/B…/<secret>`. */
const SLACK_SECRET = /(\/services\/T[A-Z\d]{6,20}\/B[A-Z\d]{6,20}\/)[A-Za-z\d]{8,}/g
const DIGIT = /\d/
const LETTER = /[a-z]/i
/** Space and controls, `"` `#` `'` `/` `;` `<` `>` `?`: where a path segment ends. */
const ENDS_SEGMENT = /[\0- "#'/;<>?]/

/** A segment that looks generated rather than named: letters and digits mixed, or very long. */
const looksGenerated = (segment: string) =>
  segment.length >= 32 || (segment.length >= 8 && DIGIT.test(segment) && LETTER.test(segment))

/**
 * Redacts credentials written as URL paths: Telegram bot tokens, Discord webhook and interaction
 * tokens, Slack webhook secrets, and any generated-looking segment right after a segment whose
 * name says secret (`/password-reset/<token>`, `/api-keys/<key>`), as `?token=…` would be.
 */
export function withoutPathCredentials(text: string): string {
  if (!text.includes('/')) return text
  return withoutSecretSegments(
    text
      .replace(TELEGRAM_BOT, `/bot${REDACTED}`)
      .replace(DISCORD_TOKEN, `$1${REDACTED}`)
      .replace(SLACK_SECRET, `$1${REDACTED}`),
  )
}

/** One scan: each `/`-separated segment is read once and compared with the one before it. */
function withoutSecretSegments(text: string): string {
  let out = ''
  let kept = 0
  // The segment before, when a `/` follows it directly: [start, end).
  let nameStart = -1
  let nameEnd = -1
  for (let slash = text.indexOf('/'); slash !== -1;) {
    let end = slash + 1
    while (end < text.length && !ENDS_SEGMENT.test(text[end]!)) end++
    if (nameStart !== -1 && end - slash > 8) {
      const segment = text.slice(slash + 1, end)
      if (looksGenerated(segment) && isSecretName(text.slice(nameStart, nameEnd))) {
        out += text.slice(kept, slash + 1) + REDACTED
        kept = end
      }
    }
    const next = text.charCodeAt(end) === 47
    nameStart = next && end - slash <= 65 ? slash + 1 : -1
    nameEnd = end
    slash = next ? end : text.indexOf('/', end)
  }
  return kept === 0 ? text : out + text.slice(kept)
}
