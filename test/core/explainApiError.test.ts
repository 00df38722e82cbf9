import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { explainApiError, parseApiError } from '../../src/core/index.js'
import type { ApiErrorExplanation } from '../../src/core/index.js'
import { batches } from './support/blindCorpus.js'

interface Case {
  vendor: string
  case: string
  status: number
  headers?: Record<string, string>
  body: unknown
}
const corpus = [
  ...(JSON.parse(readFileSync(new URL('./fixtures/real-responses.json', import.meta.url), 'utf8')) as Case[]),
  ...batches.flatMap(([, cases]) => cases),
]
// What an axios-like client hands over: the status, the headers and the body as text.
const failureOf = (entry: Case) => ({
  status: entry.status,
  headers: entry.headers ?? {},
  data: typeof entry.body === 'string' ? entry.body : JSON.stringify(entry.body),
})
const rows = (explanation: ApiErrorExplanation, about: string) =>
  explanation.evidence.filter((row) => row.about === about)

describe('explainApiError', () => {
  it(`explains every case of the corpus (${corpus.length}) and gives the very error parseApiError gives`, () => {
    for (const entry of corpus) {
      const input = failureOf(entry)
      const explanation = explainApiError(input)
      const error = parseApiError(input)
      const name = `${entry.vendor}: ${entry.case}`
      expect(explanation.error.toJSON(), name).toEqual(error.toJSON())
      // One result row, and one deciding row for the type.
      expect(
        rows(explanation, 'type').filter((row) => row.verdict === 'kept'),
        name,
      ).toEqual([expect.objectContaining({ value: error.type })])
      expect(
        explanation.evidence.filter((row) => row.verdict === 'decided' && row.about !== 'status').length,
        name,
      ).toBeGreaterThanOrEqual(1)
      expect(rows(explanation, 'wait').length, name).toBe(error.retryAfterMs === undefined ? 0 : 1)
      expect(
        rows(explanation, 'id').map((row) => row.value),
        name,
      ).toEqual(error.id === undefined ? [] : [error.id])
      expect(rows(explanation, 'field').length, name).toBe(error.fieldErrors.length)
      // A code found in a JSON body is named by its path there.
      for (const row of rows(explanation, 'code'))
        if (typeof entry.body === 'object') expect(row.from, name).toMatch(/^(?:body\.|header )/)
    }
  })

  it('says where a wait, an id and a code came from, and which rule read the code', () => {
    const explanation = explainApiError({
      status: 429,
      headers: { 'Retry-After': '12', 'X-Acme-Request-Id': 'req_42' },
      data: { error: { code: 'TOO_MANY_REQUESTS_FOR_ACCOUNT', message: 'Slow down' } },
    })
    expect(explanation.error.type).toBe('RateLimited')
    expect(rows(explanation, 'wait')).toEqual([
      { about: 'wait', value: '12000 ms', from: 'header retry-after: 12', verdict: 'kept' },
    ])
    expect(rows(explanation, 'id')).toEqual([
      { about: 'id', value: 'req_42', from: 'header x-acme-request-id', verdict: 'kept' },
    ])
    expect(rows(explanation, 'code')).toEqual([
      {
        about: 'code',
        value: 'TOO_MANY_REQUESTS_FOR_ACCOUNT',
        from: 'body.error.code → words "too many requests for account" → RateLimited',
        verdict: 'decided',
      },
    ])
  })

  it('names the app’s alias when it decided, the status when nothing else did, and how to override it', () => {
    const input = { status: 400, headers: {}, data: { error: { code: 'E1742' } } }
    const plain = explainApiError(input)
    expect(plain.error.type).toBe('InvalidPayload')
    expect(plain.evidence).toContainEqual({
      about: 'type',
      value: 'InvalidPayload',
      from: 'status 400 (fallback table)',
      verdict: 'decided',
    })
    expect(rows(plain, 'hint')[0]!.from).toBe(`to read it otherwise: aliases: { "E1742": '<ApiErrorType>' }`)
    const aliased = explainApiError(input, { aliases: { E1742: 'Unavailable' } })
    expect(aliased.error.type).toBe('Unavailable')
    expect(rows(aliased, 'code')).toEqual([
      { about: 'code', value: 'E1742', from: 'body.error.code → your alias → Unavailable', verdict: 'decided' },
    ])
    // An alias naming no type is skipped by the parser, so it is not credited either.
    const skipped = explainApiError(
      { status: 409, headers: {}, data: { error: { code: 'ITEM_NAME_IN_USE' } } },
      { aliases: { ITEM_NAME_IN_USE: 'Overloaded' as never } },
    )
    expect(skipped.error.type).toBe('AlreadyExists')
    expect(rows(skipped, 'code')[0]!.from).toBe('body.error.code → words "item name in use" → AlreadyExists')
  })

  it('redacts the token the request sent wherever the server echoed it', () => {
    const token = 'tok_9f8e7d6c5b4a39281706'
    const explanation = explainApiError({
      config: { url: '/api/me', method: 'get', headers: { Authorization: `Bearer ${token}` } },
      response: {
        status: 401,
        headers: { 'x-request-id': token },
        data: { error: { code: token, message: `token ${token} expired` } },
      },
    })
    expect(JSON.stringify(explanation)).not.toContain(token)
    expect(JSON.stringify(explanation)).not.toContain(token.slice(0, 12))
  })

  it('never throws, whatever it is given', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('no')
        },
      },
    )
    const circular: Record<string, unknown> = { status: 500 }
    circular.data = circular
    for (const input of [undefined, null, 42, 'text', hostile, circular, new TypeError('fetch failed'), {}]) {
      const explanation = explainApiError(input)
      expect(explanation.error.type).toBe(parseApiError(input).type)
      expect(rows(explanation, 'type').at(-1) ?? rows(explanation, 'input')[0]).toBeDefined()
    }
  })
})
