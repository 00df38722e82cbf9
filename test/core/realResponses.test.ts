import { readFileSync } from 'node:fs'
import axios from 'axios'
import { afterAll, describe, expect, it } from 'vitest'
import { parseApiError, readApiError } from '../../src/core/index.js'
import type { ApiError, ApiErrorType, FieldError } from '../../src/core/index.js'
import { rejectionOf, serveForFile } from './support/server.js'

/** One documented error response: what the vendor sends, and what it means. */
interface RealResponse {
  vendor: string
  source: string
  case: string
  status: number
  headers: Record<string, string>
  body: unknown
  expect: { type: ApiErrorType; fieldErrors?: FieldError[]; requestId?: string; retryAfterMs?: number }
}

const corpus = JSON.parse(
  readFileSync(new URL('./fixtures/real-responses.json', import.meta.url), 'utf8'),
) as RealResponse[]
const server = serveForFile()

// The server replays each case as the vendor sent it: its status, its headers (a `Date` only when
// the case has one), its body byte for byte when it is text, as JSON otherwise.
corpus.forEach((entry, index) => {
  server.routes[`/case/${index}`] = (_req, res) => {
    res.sendDate = false
    const raw = typeof entry.body === 'string'
    const headers = { ...(raw ? {} : { 'content-type': 'application/json' }), ...entry.headers }
    res.writeHead(entry.status, headers).end(raw ? entry.body : JSON.stringify(entry.body))
  }
})

type Check = 'type' | 'fieldErrors' | 'requestId' | 'retryAfterMs'
const CHECKS: Check[] = ['type', 'fieldErrors', 'requestId', 'retryAfterMs']
/** Per vendor: how many cases each check covered, and how many of them passed. */
const score = new Map<string, Record<Check, { right: number; of: number }>>()

function check(entry: RealResponse, error: ApiError): void {
  const wanted = {
    type: entry.expect.type,
    fieldErrors: entry.expect.fieldErrors ?? [],
    requestId: entry.expect.requestId,
    retryAfterMs: entry.expect.retryAfterMs,
  }
  const got = {
    type: error.type,
    fieldErrors: error.fieldErrors,
    requestId: error.id,
    retryAfterMs: error.retryAfterMs,
  }
  const row = score.get(entry.vendor) ?? Object.fromEntries(CHECKS.map((c) => [c, { right: 0, of: 0 }]))
  score.set(entry.vendor, row as Record<Check, { right: number; of: number }>)
  for (const name of CHECKS) {
    // Every case counts for its type; the other checks count where the case says something.
    if (name !== 'type' && entry.expect[name] === undefined) continue
    row[name]!.of++
    if (JSON.stringify(got[name]) === JSON.stringify(wanted[name])) row[name]!.right++
  }
  // Soft, so the other client's check still runs and counts in the score.
  expect.soft(got).toEqual(wanted)
}

describe(`${corpus.length} documented error responses from ${new Set(corpus.map((c) => c.source)).size} sources`, () => {
  it('is big and varied enough to mean something', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(150)
    expect(new Set(corpus.map((c) => c.source)).size).toBeGreaterThanOrEqual(30)
    for (const entry of corpus) expect(entry.source).toMatch(/^https:\/\//)
  })

  it.each(corpus.map((entry, index) => [`${entry.vendor}: ${entry.case}`, entry, index] as const))(
    '%s',
    async (_name, entry, index) => {
      const url = `${server.base}/case/${index}`
      // fetch: the body still unread, as readApiError gets it in an app.
      check(entry, await readApiError(await fetch(url)))
      // axios: the error it really throws for this response (every status rejects, even a 200 GraphQL error).
      check(entry, parseApiError(await rejectionOf(axios.get(url, { validateStatus: () => false }))))
      // A GraphQL or Slack error arrives with a 200: its body alone must say what it is.
      if (entry.status === 200) expect(parseApiError(entry.body).type).toBe(entry.expect.type)
    },
  )
})

afterAll(() => {
  const cell = ({ right, of }: { right: number; of: number }) => (of ? `${right}/${of}` : '')
  const rows = [...score].map(([vendor, row]) => ({
    vendor,
    ...Object.fromEntries(CHECKS.map((c) => [c, cell(row[c])])),
  }))
  // Both clients count: each case is checked twice.
  console.log(`Real responses, per vendor (fetch + axios):`)
  console.table(rows)
})
