import { inspect } from 'node:util'
import { describe, expect, it } from 'vitest'
import { parseApiError } from '../../../src/core/index.js'
import type { ApiError, ApiErrorType, ParseApiErrorOptions } from '../../../src/core/index.js'
import { serveApi } from './loopback.js'
import type { Backend, Loopback } from './loopback.js'

/** The failures every client meets, as the columns of the score table. */
export const SCENARIOS = ['429', '401', '403', '404', '422', '409', '503', 'refused', 'abort', 'echo'] as const
export type Scenario = (typeof SCENARIOS)[number]

/** The bearer token every client sends; the `echo` scenario's server quotes it back. */
export const TOKEN = 'op4que-CANARY-7f3a9c2e51'

/** What the `echo` scenario's server says: the token raw, and the Authorization header as it got it. */
export const echoed = (authorization: string) =>
  `The credentials '${authorization.slice(authorization.indexOf(' ') + 1)}' are not valid (Authorization: ${authorization})`

export interface Expected {
  type: ApiErrorType
  status: number
  retryAfterMs?: number
  /** The paths of the field errors, in order. */
  fields?: string[]
  code?: string
}

/** The answer a client should lead to when its API speaks plainly; a client's file says where it differs, and why. */
export const EXPECTED: Record<Scenario, Expected> = {
  '429': { type: 'RateLimited', status: 429, retryAfterMs: 7000 },
  '401': { type: 'Unauthorized', status: 401 },
  '403': { type: 'Forbidden', status: 403 },
  '404': { type: 'ResourceNotFound', status: 404 },
  '422': { type: 'InvalidDataFormat', status: 422, fields: ['email'] },
  '409': { type: 'Conflict', status: 409 },
  '503': { type: 'Unavailable', status: 503 },
  refused: { type: 'Network', status: 0 },
  abort: { type: 'Aborted', status: 0 },
  echo: { type: 'Unauthorized', status: 401 },
}

export interface ClientUnderTest {
  /** The row's name in the score table. */
  name: string
  /** How the loopback API answers. */
  backend: Backend
  /** Makes the real client fail in `scenario`; resolves with what it threw (or returned, for result-style clients). */
  fail(scenario: Scenario, api: Loopback): Promise<unknown>
  /** Where this client's API or error legitimately differs from `EXPECTED`. */
  expected?: Partial<Record<Scenario, Partial<Expected>>>
  /**
   * True when the client's error keeps no trace of the headers it sent, so nothing can tell the
   * kit which token to remove: the test passes `secrets`, as the README tells users to.
   */
  needsSecrets?: boolean
  /** Extra cases beyond the table's columns, with their own expectations. */
  extra?: Record<string, { fail(api: Loopback): Promise<unknown>; expected: Expected }>
}

/** Every way an error's text can reach a log, a reporter or another realm. */
export function surfaces(error: ApiError): string[] {
  return [
    JSON.stringify(error),
    String(error),
    error.message,
    error.stack ?? '',
    inspect(error, { showHidden: true, depth: 10 }),
    JSON.stringify(error.cause ?? null),
    error.request?.url ?? '',
  ]
}

/** Compares what matters to an app: type, status, wait, field paths (and code when named), and that no token is kept. */
export function check(error: ApiError, expected: Expected): void {
  expect({
    type: error.type,
    status: error.status,
    retryAfterMs: error.retryAfterMs,
    fields: error.fieldErrors.map((field) => field.path),
    ...(expected.code === undefined ? {} : { code: error.code }),
  }).toEqual({ retryAfterMs: undefined, fields: [], ...expected })
  for (const field of error.fieldErrors) expect(field.message).not.toBe('')
  for (const text of surfaces(error)) expect(text).not.toContain(TOKEN)
}

/** One `describe` per client, one test per scenario; each test is a cell of the score table. */
export function describeClient(client: ClientUnderTest): void {
  describe(client.name, () => {
    const api = serveApi(client.backend)
    it.each(SCENARIOS)(`${client.name} × %s`, async (scenario) => {
      const options: ParseApiErrorOptions = client.needsSecrets && scenario === 'echo' ? { secrets: [TOKEN] } : {}
      const failure = await client.fail(scenario, api)
      check(parseApiError(failure, options), { ...EXPECTED[scenario], ...client.expected?.[scenario] })
    })
    for (const [name, extra] of Object.entries(client.extra ?? {})) {
      it(`${client.name} × ${name}`, async () => {
        const failure = await extra.fail(api)
        check(parseApiError(failure), extra.expected)
      })
    }
  })
}
