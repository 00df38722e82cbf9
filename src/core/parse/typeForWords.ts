import type { ApiErrorType } from '../error/types.js'

/**
 * What a code says in plain words, whoever sent it. One rule a line: the type, then one or two
 * `&`-joined sets of words and phrases that must all appear, as whole words, among the code's
 * words (`codeWords`). The first rule that matches wins, so the order settles what reads two
 * ways: `parameter_not_found` is the request's fault before a missing resource, `invalid_api_key`
 * a credential before invalid input, `server_busy` unavailable before busy (locked),
 * `account_locked` forbidden before locked, `already_in_progress` in progress before it exists.
 * "Unknown", "error", "invalid" or "failed" alone say nothing. Each pattern is a fixed set of
 * alternatives, tried on at most 8 short words: linear.
 */
const RULES = compile(`InvalidPayload bad request|invalid request|bad (?:user )?input|invalid arguments?
Unauthorized invalid|expired|revoked|missing|bad|wrong|unknown|no|not&token|jwt|credentials?|signature|session|auth|grant|secret|password|apikey|(?:api|access) key
Unauthorized unauthenticated|authentication|not auth(?:ed|enticated)|login required|unrecognized client
InvalidDataFormat missing|required|unknown|invalid|bad|not found|not allowed&param(?:eter)?s?|fields?|arg(?:ument)?s?|propert(?:y|ies)|attributes?
InvalidDataFormat validations?|validate|unprocessable|(?:invalid|malformed|bad) (?:data|email|format|input|values?|type)|(?:data|email|format|input|value) invalid
InvalidQuery parse failed|(?:invalid|malformed) (?:\\w+ )?(?:query|filter|sort)|syntax error
MethodNotFound method not (?:found|allowed|supported)|unknown (?:method|operation)|not implemented|unimplemented|no route
QuotaExceeded quotas?|credits|balance|(?:usage|spend|daily|monthly) limit|cap (?:exceeded|reached)
PaymentRequired payments?|card|billing|funds|declined|credit
RateLimited rate (?:limit|limited|limits|exceeded)|ratelimits?|too many (?:\\w+ )?(?:requests|attempts|calls)|throttled|throttling|throttle|slow down|throughput
ReferenceNotFound referenced?&not ?found|no such|(?:not|does not) exists?|missing
ReferenceConstraint referenced?&exists?|in use|still
ResourceNotFound not ?found|no such|(?:not|does not|doesn t|no longer) exists?|resource missing|gone|unknown (?!error|exception|failure|reason|status|type)\\w+
Unavailable unavailable|overloaded|(?:server|service|system) busy
Forbidden permissions?|denied|forbidden|not (?:allowed|permitted)|restricted|(?:insufficient|missing) (?:scopes?|privileges)|account (?:locked|disabled)|suspended|banned|blocked
ResourceLockedConflict locked|lock|in progress|busy
AlreadyExists already|duplicated?|duplicates|taken|in use|exists?|unique
Timeout timeout|timed out|deadline exceeded
Internal internal|fatal
LimitExceeded length exceeded|too long|too many`)

/**
 * What a message says in a few plain phrases, for a status that says little (400, 409, 422, or
 * GraphQL's 200): a duplicate, a lock, an expired token, a missing record, a server failure, a
 * rejected value. Fewer rules than for codes: prose names payments and limits in passing.
 */
const PHRASES = compile(`InvalidDataFormat invalid (?:value|input|data|format)
AlreadyExists already (?:exists?|in use|taken|registered|been (?:used|taken))|duplicate|unique constraint
ResourceLockedConflict locked|in progress|(?:currently )?(?:held|in use) by
Unauthorized (?:invalid|expired|revoked) (?:access )?token|(?:token|session) (?:has )?expired
ResourceNotFound not found|(?:does not|doesn t) exist|no such
PayloadTooLarge (?:file|payload|body|request) (?:size )?(?:is )?too large
Internal unexpected error|internal server error
InvalidDataFormat required|must (?:not )?be|(?:cannot|can t) be (?:blank|empty)`)
// A message is read no further than this.
const MESSAGE_HEAD = 300

/** The type words such as `bad request` or `invalid argument` give: the request was wrong, and a status says more. */
export const WEAK_WORDS_TYPE: ApiErrorType = 'InvalidPayload'

/** The type `words` (from `codeWords`) name, or `undefined` when they name none. */
export const typeForWords = (words: string): ApiErrorType | undefined => firstMatch(RULES, words)

/** The type a message's phrases name (see `PHRASES`), or `undefined`. */
export const typeForMessage = (message: string): ApiErrorType | undefined =>
  firstMatch(
    PHRASES,
    ` ${message
      .slice(0, MESSAGE_HEAD)
      .toLowerCase()
      .replace(/[^a-z\d]+/g, ' ')} `,
  )

type Rule = { type: ApiErrorType; all: RegExp[] }

function compile(table: string): Rule[] {
  return table.split('\n').map((line) => {
    const [type, words] = line.split(/ (.*)/) as [ApiErrorType, string]
    return { type, all: words.split('&').map((set) => new RegExp(` (?:${set}) `)) }
  })
}

function firstMatch(rules: Rule[], words: string): ApiErrorType | undefined {
  rules: for (const { type, all } of rules) {
    for (const pattern of all) if (!pattern.test(words)) continue rules
    return type
  }
  return undefined
}
