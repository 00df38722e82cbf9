/* eslint-disable @typescript-eslint/no-unused-expressions -- the README snippets show values as bare expressions */
import { describe, expect, it } from 'vitest'
import { parseApiError, readApiError } from '../../src/core/index.js'
import { json, serveForFile } from './support/server.js'

// The README's "Dialects understood" snippets, copied verbatim into these tests.
const server = serveForFile()
server.routes['/items'] = (_req, res) =>
  json(res, 409, { error: { code: 'item_name_in_use' }, meta: { request_id: 'req_8f2a' } })
server.routes['/seats'] = (_req, res) => json(res, 403, { error: { code: 'SEAT_LIMIT' } })
server.routes['/signup'] = (_req, res) =>
  json(res, 422, { problems: [{ at: 'email', why: 'is taken' }] }, { 'x-request-id': 'req_42' })

describe('README: Dialects understood', () => {
  it('an API the kit has never seen is read by its words and shape', async () => {
    const response = await fetch(`${server.base}/items`)
    // --- README snippet, verbatim ---
    // Acme answers 409 { "error": { "code": "item_name_in_use" }, "meta": { "request_id": "req_8f2a" } }.
    const error = await readApiError(response)
    error.type // 'AlreadyExists', read from the words of its code
    error.id // 'req_8f2a'
    // --- end of snippet ---
    expect(error).toMatchObject({ type: 'AlreadyExists', id: 'req_8f2a', status: 409 })
  })

  it('an alias gives an app its own codes', async () => {
    const response = await fetch(`${server.base}/seats`)
    // --- README snippet, verbatim ---
    // Acme answers 403 { "error": { "code": "SEAT_LIMIT" } } when the plan has no seat left.
    const error = await readApiError(response, undefined, { aliases: { SEAT_LIMIT: 'QuotaExceeded' } })
    error.type // 'QuotaExceeded', not 'Forbidden'
    // --- end of snippet ---
    expect(error.type).toBe('QuotaExceeded')
    expect((await readApiError(await fetch(`${server.base}/seats`))).type).toBe('Forbidden')
  })

  it('a body the kit does not read is mapped into one it does', async () => {
    const response = await fetch(`${server.base}/signup`)
    // --- README snippet, verbatim ---
    // Acme lists field problems as { "problems": [{ "at": "email", "why": "is taken" }] }.
    const body = (await response.json()) as { problems: { at: string; why: string }[] }
    const errors = body.problems.map((problem) => ({ field: problem.at, message: problem.why }))
    const error = parseApiError({ status: response.status, headers: response.headers, data: { errors } })
    error.fieldErrors // [{ path: 'email', message: 'is taken' }]
    // --- end of snippet ---
    expect(error.fieldErrors).toEqual([{ path: 'email', message: 'is taken' }])
    expect(error).toMatchObject({ type: 'InvalidDataFormat', status: 422, id: 'req_42' })
  })
})
