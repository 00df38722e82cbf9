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
/**
 * A path segment of at most 64 characters (the name), and in the lookahead the segment after it
 * (8 characters or more). Segments end at `/`, a space or control, `"` `#` `'` `;` `<` `>` `?`.
 * Only the name is consumed, so each segment is read as a name once and as a value once.
 */
const SEGMENT_PAIR = /\/([^/\0- "#';<>?]{0,64})(?=\/([^/\0- "#';<>?]{8,}))/g

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

/** Redacts a generated-looking segment after a segment whose name says secret. */
function withoutSecretSegments(text: string): string {
  let out = ''
  let kept = 0
  for (const m of text.matchAll(SEGMENT_PAIR)) {
    const start = m.index + m[0].length + 1
    const segment = m[2]!
    if (start < kept || !looksGenerated(segment) || !isSecretName(m[1]!)) continue
    out += text.slice(kept, start) + REDACTED
    kept = start + segment.length
  }
  return kept === 0 ? text : out + text.slice(kept)
}
