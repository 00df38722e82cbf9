import { ApiError } from '../error/ApiError.js'
import { functionOption, misuse, numberOption } from '../shared/options.js'
import { parseApiError } from '../parse/parseApiError.js'
import { routeTemplate } from './routeTemplate.js'
import { truncate } from '../shared/truncate.js'
import type { ApiErrorInit } from '../error/types.js'
import { checkAliases } from '../parse/aliases.js'
import type { ApiErrorAliases } from '../parse/types.js'

/** Sentry's limit for a tag value. */
const MAX_TAG = 200
/** Fingerprints remembered for dedupe at most: the oldest is forgotten first. */
const MAX_REMEMBERED = 500

/** Strings only, so any reporter can index them (a type, not an interface: it fits `Record<string, string>`). */
export type ApiErrorReportTags = {
  type: string
  status: string
  method: string
  route: string
  requestId?: string
}

/** What `send` receives: an error holding only `toJSON()`'s fields, how to group it, how to filter it. */
export interface ApiErrorReport {
  error: ApiError
  /** `[type, METHOD, route, status]`. */
  fingerprint: string[]
  tags: ApiErrorReportTags
}

export interface ApiErrorReporterOptions<Context = unknown> {
  /** Hands one report to your error tracker, e.g. `({ error, fingerprint, tags }) => Sentry.captureException(error, { fingerprint, tags })`. */
  send: (report: ApiErrorReport) => void
  /** Which errors to report; replaces the default (status ≥ 500, and Unknown). */
  shouldReport?: (error: ApiError, context: Context | undefined) => boolean
  /** The same fingerprint is sent at most once in this many milliseconds. Default 60 000. */
  dedupeMs?: number
  /** Your API's own codes, for errors that reach `report` unparsed (as for `parseApiError`). */
  aliases?: ApiErrorAliases
}

/** By default: server failures, and what the kit could not classify. Aborted and Network are the client's. */
const isServerFailure = (error: ApiError) =>
  error.type !== 'Aborted' && error.type !== 'Network' && (error.status >= 500 || error.type === 'Unknown')

const CALLER = 'createApiErrorReporter'

/**
 * A `report(error, context?)` for an error tracker, shaped to be `connectApiErrors`'s `onError`:
 * it parses the error, decides whether to report it, groups it by type, method, route template
 * and status, and sends each group at most once per `dedupeMs`. Only what `toJSON()` holds is sent.
 */
export function createApiErrorReporter<Context = unknown>(
  options: ApiErrorReporterOptions<Context>,
): (error: unknown, context?: Context) => void {
  const {
    send,
    shouldReport = isServerFailure,
    dedupeMs: given,
    aliases,
  } = (options ?? {}) as Partial<ApiErrorReporterOptions<Context>>
  if (typeof send !== 'function')
    misuse(
      CALLER,
      'send must be a function',
      send,
      __DEV__ && 'Pass ({ error, fingerprint, tags }) => Sentry.captureException(error, { fingerprint, tags }).',
    )
  functionOption(
    CALLER,
    'shouldReport',
    shouldReport,
    __DEV__ && '(error, context) => boolean, or leave it out to report status ≥ 500 and Unknown.',
    true,
  )
  const dedupeMs = numberOption(CALLER, 'dedupeMs', given, 60_000, 0, Infinity)
  checkAliases(aliases, CALLER)
  /** When each fingerprint was last sent, oldest first. */
  const sentAt = new Map<string, number>()

  return function report(input: unknown, context?: Context): void {
    const parsed = parseApiError(input, { aliases })
    if (!shouldReport(parsed, context)) return
    const method = parsed.request?.method ?? 'UNKNOWN'
    const route = parsed.request?.url ? truncate(routeTemplate(parsed.request.url), MAX_TAG) : 'unknown'
    const status = String(parsed.status)
    const fingerprint = [parsed.type, method, route, status]
    const key = fingerprint.join(' ')
    const now = Date.now()
    const last = sentAt.get(key)
    if (last !== undefined && now - last < dedupeMs) return
    sentAt.delete(key)
    sentAt.set(key, now)
    if (sentAt.size > MAX_REMEMBERED) sentAt.delete(sentAt.keys().next().value as string)
    const tags: ApiErrorReportTags = { type: parsed.type, status, method, route }
    if (parsed.id) tags.requestId = truncate(parsed.id, MAX_TAG)
    // Rebuilt from `toJSON()`: whatever else the original holds (a subclass's fields, a stack from
    // elsewhere) stays behind.
    send({ error: new ApiError(parsed.toJSON() as ApiErrorInit), fingerprint, tags })
  }
}
