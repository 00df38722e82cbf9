import { readFileSync } from 'node:fs'
import type { ApiError, ApiErrorType, FieldError } from '../../../src/core/index.js'

/** One documented response of a blind batch: what the vendor sends, what it means, and whether a reader could read it two ways. */
export interface BlindCase {
  vendor: string
  source: string
  case: string
  status: number
  headers?: Record<string, string>
  body: unknown
  ambiguous: boolean
  why: string
  expect: { type: ApiErrorType; fieldErrors?: FieldError[]; requestId?: string; retryAfterMs?: number }
}
export type Measure = 'types' | 'unambiguous' | 'fields' | 'ids' | 'waits'
export type Score = Record<Measure, [right: number, of: number]>
/** fixtures/blind/scores.json: each batch's blind score, and the floor the suite holds today. */
export interface Recorded {
  about: string
  batches: Record<string, { blind: Score; blindAfterTuningOn12?: Score; now: Score }>
}

const read = <T>(name: string): T =>
  JSON.parse(readFileSync(new URL(`../fixtures/blind/${name}`, import.meta.url), 'utf8')) as T

export const recorded = read<Recorded>('scores.json')
export const batches = Object.keys(recorded.batches).map((name) => [name, read<BlindCase[]>(`${name}.json`)] as const)

/** The response a case describes, as `fetch` would hand it over. */
export function toResponse(entry: BlindCase): Response {
  const raw = typeof entry.body === 'string'
  const headers = { ...(raw ? {} : { 'content-type': 'application/json' }), ...entry.headers }
  const body =
    entry.body === null || entry.body === '' ? null : raw ? (entry.body as string) : JSON.stringify(entry.body)
  return new Response([204, 304].includes(entry.status) ? null : body, { status: entry.status, headers })
}

/** How many types, unambiguous types, field lists, ids and waits `errors` got right. */
export function measure(cases: readonly BlindCase[], errors: readonly ApiError[]): Score {
  const score: Score = { types: [0, 0], unambiguous: [0, 0], fields: [0, 0], ids: [0, 0], waits: [0, 0] }
  const count = (name: Measure, right: boolean) => {
    score[name][1]++
    if (right) score[name][0]++
  }
  cases.forEach((entry, index) => {
    const error = errors[index]!
    count('types', error.type === entry.expect.type)
    if (!entry.ambiguous) count('unambiguous', error.type === entry.expect.type)
    if (entry.expect.fieldErrors)
      count('fields', JSON.stringify(error.fieldErrors) === JSON.stringify(entry.expect.fieldErrors))
    if (entry.expect.requestId !== undefined) count('ids', error.id === entry.expect.requestId)
    if (entry.expect.retryAfterMs !== undefined) count('waits', error.retryAfterMs === entry.expect.retryAfterMs)
  })
  return score
}

/** `12/14 (86%)`, or `-` when nothing was counted. */
export const cell = ([right, of]: [number, number]): string =>
  of ? `${right}/${of} (${Math.round((100 * right) / of)}%)` : '-'
