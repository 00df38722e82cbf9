import { classifyFailure } from '../parse/classifyFailure.js'
import type { Classified } from '../parse/classifyFailure.js'
import { codeWords } from '../shared/codeWords.js'
import { defaultApiErrorAliases, normalizeCode, typeOfCode } from '../parse/aliases.js'
import { fromApiErrorJSON } from '../error/fromApiErrorJSON.js'
import { isApiError } from '../error/isApiError.js'
import { isApiErrorType } from '../error/taxonomy.js'
import { locate } from './locate.js'
import { parseApiError } from '../parse/parseApiError.js'
import { readRetryDelay } from '../parse/readRetryDelay.js'
import { requestIdFromHeaders } from '../parse/readRequestId.js'
import { secretScrubber } from '../secrets/scrubSecrets.js'
import { redactSecrets } from '../secrets/redact.js'
import type { ApiErrorEvidence, ApiErrorExplanation } from './types.js'
import type { ParseApiErrorOptions } from '../parse/types.js'
import { typeForTransport } from '../parse/typeForTransport.js'
import { unwrap } from '../parse/unwrap.js'
import type { FailureParts } from '../parse/unwrap.js'

// A value is shown no longer than this.
const SHOWN = 120

/**
 * What `parseApiError` decides for `input`, with its evidence: for the type, the status, the wait,
 * the request id and each field error, the value, where it came from and which rule read it, and
 * what was read but passed over. The same building blocks run again, so the explanation cannot
 * drift from the classifier; `parseApiError` itself pays nothing for it. Secrets are redacted as
 * in the error. Synchronous, like `parseApiError`: pass a read body (`{ status, headers, data }`)
 * rather than a `Response` whose body is still unread.
 */
export function explainApiError(input: unknown, options: ParseApiErrorOptions = {}): ApiErrorExplanation {
  const error = parseApiError(input, options)
  const evidence: ApiErrorEvidence[] = []
  let scrub = secretScrubber(options.secrets)
  const add: Add = (about, value, from, verdict) =>
    evidence.push({ about, value: shown(String(value), scrub), from: shown(from, scrub), verdict })
  try {
    if (isApiError(input)) add('input', error.type, 'an ApiError already: returned as it is', 'decided')
    else if (fromApiErrorJSON(input)) add('input', error.type, 'a serialized ApiError (toJSON): rebuilt', 'decided')
    else {
      const parts = unwrap(input)
      scrub = secretScrubber(options.secrets, parts.secrets)
      explainFailure(parts, classifyFailure(parts, options), options, add)
    }
  } catch {
    evidence.length = 0
    add('input', error.type, 'could not be read (a throwing getter or proxy)', 'decided')
  }
  return { error, evidence }
}

type Add = (
  about: ApiErrorEvidence['about'],
  value: unknown,
  from: string,
  verdict: ApiErrorEvidence['verdict'],
) => void

function explainFailure(parts: FailureParts, found: Classified, options: ParseApiErrorOptions, add: Add): void {
  const { headers, facts, status, meant, strong, weak, byStatus, byMessage, decided, type } = found
  add('status', status, found.hasResponse ? 'response status' : status ? 'body status' : 'no response', 'kept')
  if (meant !== status) add('status', meant, 'body status (what the answer means)', 'decided')
  const body = parsed(parts.body)
  const where = (code: string) =>
    locate(body, code) ??
    (headers.get('x-amzn-errortype') === code
      ? 'header x-amzn-errortype'
      : headers.get('www-authenticate')?.includes(code)
        ? 'header www-authenticate'
        : 'body')
  for (const code of found.codes) {
    const verdict = (code === strong?.[0] && decided === strong[1]) || (code === weak?.[0] && decided === weak[1])
    add('code', code, `${where(code)} → ${readBy(code, options)}`, verdict ? 'decided' : 'passed over')
  }
  if (facts.message) {
    const said = byMessage ? `message phrases → ${byMessage}` : 'no phrase the rules know'
    add('message', facts.message, said, byMessage && decided === byMessage ? 'decided' : 'passed over')
  }
  if (byStatus) {
    const rule =
      byStatus !== 'RateLimited' || meant === 429
        ? ' (fallback table)'
        : headers.has('retry-after')
          ? ' with Retry-After: a rate limit'
          : ' with its rate limit spent'
    add('type', byStatus, `status ${meant}${rule}`, !byMessage && !strong ? 'decided' : 'passed over')
  }
  const transport = !byMessage && !strong && !byStatus ? typeForTransport(parts.cause ?? parts.body) : undefined
  if (transport) add('type', transport, 'a transport failure, in the client’s words', 'decided')
  else if (decided === 'Unknown') add('type', decided, 'nothing named a type', 'decided')
  if (type !== decided) add('type', type, `${decided} with field errors`, 'decided')
  add('type', type, 'the result', 'kept')
  const code = strong?.[0] ?? weak?.[0] ?? found.codes[0]
  if (code)
    add('hint', code, `to read it otherwise: aliases: { ${JSON.stringify(code)}: '<ApiErrorType>' }`, 'passed over')
  const wait = readRetryDelay(headers, status, facts, options.now)
  if (wait !== undefined) add('wait', `${wait} ms`, waitSource(found, options.now, wait), 'kept')
  const headerId = facts.id ? undefined : requestIdFromHeaders(headers)
  if (facts.id) add('id', facts.id, locate(body, facts.id) ?? 'body', 'kept')
  else if (headerId) add('id', headerId, `header ${[...headers].find(([, value]) => value === headerId)![0]}`, 'kept')
  for (const field of facts.fieldErrors) add('field', `${field.path}: ${field.message}`, 'body field errors', 'kept')
}

/** How a code was read: the app's alias, the exceptions table, a type's own name, or its words. */
function readBy(code: string, options: ParseApiErrorOptions): string {
  const type = typeOfCode(code, options.aliases)?.type
  if (!type) return 'no type: prose, or words the rules do not know'
  const key = normalizeCode(code)
  // The app's alias, when it is the one that gave the type (one naming no type is skipped).
  if (Object.entries(options.aliases ?? {}).some(([name, aliased]) => normalizeCode(name) === key && aliased === type))
    return `your alias → ${type}`
  if (isApiErrorType(code) || normalizeCode(type) === key) return `the type's own name → ${type}`
  if (Object.hasOwn(defaultApiErrorAliases, key)) return `exceptions table → ${type}`
  return `words "${codeWords(code)!.trim()}" → ${type}`
}

/**
 * Which headers or body field the wait came from: a header that gives it alone, else the headers
 * without which it changes (a reset and the spent limit that lets it count), else the body.
 */
function waitSource({ headers, status, facts }: Classified, now: number | undefined, wait: number): string {
  const date = headers.get('date')
  const named = (names: string[]) => `header ${names.map((name) => `${name}: ${headers.get(name)!}`).join(', ')}`
  for (const [name, value] of headers) {
    const alone = new Map([[name, value], ...(date ? [['date', date] as [string, string]] : [])])
    if (name !== 'date' && readRetryDelay(alone, status, {}, now) === wait) return named([name])
  }
  const needed = [...headers.keys()].filter((name) => {
    const without = new Map(headers)
    without.delete(name)
    return readRetryDelay(without, status, facts, now) !== wait
  })
  if (needed.length) return named(needed)
  if (facts.wait !== undefined) return `body wait field: ${String(facts.wait)}${facts.waitInMs ? ' ms' : ' s'}`
  return 'message text ("retry after …")'
}

/** A body as text is looked through as the JSON it holds. */
function parsed(body: unknown): unknown {
  if (typeof body !== 'string' || !/^\s*[{[]/.test(body)) return body
  try {
    return JSON.parse(body) as unknown
  } catch {
    return body
  }
}

/** A value as the error would keep it: without the request's secrets, redacted, clipped. */
function shown(text: string, scrub: ((text: string) => string) | undefined): string {
  const safe = redactSecrets(scrub ? scrub(text) : text, SHOWN)
  return safe.length > SHOWN ? `${safe.slice(0, SHOWN)}…` : safe
}
