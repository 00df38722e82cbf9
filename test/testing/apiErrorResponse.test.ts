// Every response `apiErrorResponse` can build is read back by the kit's own parser as what it
// claims: the type, the wait, the field errors and the request id. A combination a dialect cannot
// say throws, naming the dialects that can; it never turns into another type.
import { describe, expect, it } from 'vitest'
import { apiErrorTypes, parseRetryAfter, readApiError } from '../../src/core/index.js'
import type { ApiErrorType, FieldError } from '../../src/core/index.js'
import { apiErrorDialects, apiErrorResponse } from '../../src/testing/index.js'
import type { ApiErrorDialect, ApiErrorResponseOptions } from '../../src/testing/index.js'

const types = apiErrorTypes.filter((type) => type !== 'Network' && type !== 'Aborted')
const oneField: FieldError[] = [{ path: 'email', message: 'has already been taken' }]
const fields: FieldError[] = [
  { path: 'email', message: 'is not an email address' },
  { path: 'items.0.price', message: 'must be greater than 0' },
  { path: 'address.first-name', message: "can't be blank" },
]
/** Each option alone, some together, and all of them. */
const optionSets: ApiErrorResponseOptions[] = [
  {},
  { retryAfter: 5 },
  { retryAfter: 2.5 },
  { requestId: 'req_8Xk2PqL0' },
  { fieldErrors: oneField },
  { fieldErrors: fields },
  { retryAfter: 30, requestId: 'f3a1c9e2-7b1d-4c55-9a0e-2d7c1f4b8e61' },
  { retryAfter: 12, requestId: 'req_1', fieldErrors: fields },
]

/** The dialects that name the error in the body, so they say every type a response can carry. */
const SAY_EVERY_TYPE: ApiErrorDialect[] = ['problem', 'stripe', 'google', 'graphql', 'jsonapi', 'aws']

type Outcome = { built: Response } | { refused: string }
function attempt(type: ApiErrorType, options: ApiErrorResponseOptions): Outcome {
  try {
    return { built: apiErrorResponse(type, options) }
  } catch (error) {
    return { refused: (error as Error).message }
  }
}

describe.each(apiErrorDialects)('apiErrorResponse in the %s dialect', (dialect) => {
  it.each(types)('%s: every response it builds reads back as claimed; what it cannot say, it refuses', async (type) => {
    let built = 0
    for (const set of optionSets) {
      const options = { ...set, dialect }
      const outcome = attempt(type, options)
      if ('refused' in outcome) {
        expect(outcome.refused).toMatch(/^apiErrorResponse: .+\. (Dialects that can: [a-z, ]+|No dialect can: .+)\.$/)
        continue
      }
      built++
      const error = await readApiError(outcome.built)
      expect(error.type).toBe(type)
      expect(error.retryAfterMs).toBe(
        set.retryAfter === undefined ? undefined : parseRetryAfter(String(set.retryAfter)),
      )
      expect(error.id).toBe(set.requestId)
      expect(error.fieldErrors).toEqual(set.fieldErrors ?? [])
    }
    if (SAY_EVERY_TYPE.includes(dialect)) expect(built).toBeGreaterThan(0)
  })
})

describe('what the dialects can say', () => {
  it.each(SAY_EVERY_TYPE)(
    '%s says each of the 27 types a response can carry, with a wait and a request id',
    async (dialect) => {
      expect(types).toHaveLength(27)
      for (const type of types) {
        const error = await readApiError(apiErrorResponse(type, { dialect, retryAfter: 7, requestId: 'req_7' }))
        expect([error.type, error.retryAfterMs, error.id]).toEqual([type, 7000, 'req_7'])
      }
    },
  )

  it.each(['problem', 'google', 'graphql', 'jsonapi'] as const)(
    '%s carries any number of field errors with every type but InvalidPayload and ResourceNotFound',
    async (dialect) => {
      // The parser reads these two with field errors as InvalidDataFormat and ReferenceNotFound.
      for (const type of types.filter((t) => t !== 'InvalidPayload' && t !== 'ResourceNotFound')) {
        const error = await readApiError(apiErrorResponse(type, { dialect, fieldErrors: fields }))
        expect([error.type, error.fieldErrors]).toEqual([type, fields])
      }
    },
  )

  it('Stripe names one parameter per error, in its bracket spelling', async () => {
    const response = apiErrorResponse('InvalidDataFormat', {
      dialect: 'stripe',
      fieldErrors: [{ path: 'line_items.0.price', message: 'Invalid price' }],
    })
    const body = (await response.clone().json()) as { error: { param: string; code: string } }
    expect(body.error.param).toBe('line_items[0][price]')
    expect((await readApiError(response)).fieldErrors).toEqual([
      { path: 'line_items.0.price', message: 'Invalid price' },
    ])
    expect(() => apiErrorResponse('InvalidDataFormat', { dialect: 'stripe', fieldErrors: fields })).toThrow(
      /stripe names 1 field per error \(got 3\)\. Dialects that can: problem, github, google, graphql, jsonapi, rails\./,
    )
  })

  it("Botpress spells its 24 types on the wire and refuses the kit's own three", async () => {
    const botpress = types.filter((type) => !['Conflict', 'Unavailable', 'Timeout'].includes(type))
    expect(botpress).toHaveLength(24)
    for (const type of botpress) {
      const response = apiErrorResponse(type, { dialect: 'botpress', requestId: 'err_1' })
      expect(await response.json()).toEqual(expect.objectContaining({ id: 'err_1', type, code: response.status }))
    }
    expect(() => apiErrorResponse('Unavailable', { dialect: 'botpress' })).toThrow(
      /Botpress's API has no Unavailable type .*Dialects that can: problem, stripe, github, google, graphql, jsonapi, rails, aws\./,
    )
  })

  it.each(['github', 'rails'] as const)(
    '%s, whose bodies name no code, refuses a type its status does not mean',
    (dialect) => {
      expect(() => apiErrorResponse('QuotaExceeded', { dialect })).toThrow(
        /reads back as Forbidden \(.*the status decides the type\)\. Dialects that can: problem, botpress, stripe, google, graphql, jsonapi, aws\./,
      )
    },
  )

  it('GitHub says a spent rate limit the way GitHub does: a 403 with x-ratelimit-remaining 0', async () => {
    const response = apiErrorResponse('RateLimited', { dialect: 'github', retryAfter: 60 })
    expect([
      response.status,
      response.headers.get('x-ratelimit-remaining'),
      response.headers.get('retry-after'),
    ]).toEqual([403, '0', '60'])
  })

  it("answers with the dialect's content type and a status that can be overridden", async () => {
    expect(apiErrorResponse('ResourceNotFound').headers.get('content-type')).toBe('application/problem+json')
    expect(apiErrorResponse('RateLimited', { dialect: 'google' }).status).toBe(429)
    const graphql = apiErrorResponse('Unauthorized', { dialect: 'graphql', status: 200 })
    expect(graphql.status).toBe(200)
    expect((await readApiError(graphql)).type).toBe('Unauthorized')
    expect(() => apiErrorResponse('QuotaExceeded', { dialect: 'rails', status: 429 })).toThrow(
      /reads back as RateLimited/,
    )
  })

  it('uses the server message given, as the body says it', async () => {
    const error = await readApiError(apiErrorResponse('Forbidden', { message: 'Only owners can archive orders.' }))
    expect(error.message).toBe('Only owners can archive orders.')
  })
})

describe('misuse', () => {
  it.each([
    ['Network', {}, /Network: no response carries a network failure: in an MSW handler return HttpResponse\.error\(\)/],
    ['Aborted', {}, /Aborted: an aborted request has no response: abort the request's AbortSignal/],
    ['RateLimitd', {}, /type must be an ApiErrorType \(got string\)\. Use one of: Unauthorized, .*Timeout\.$/],
    ['RateLimited', { dialect: 'django' }, /dialect is not one it speaks\. Use one of: problem, botpress, .*aws\./],
    ['RateLimited', { retryAfter: -1 }, /retryAfter must be a number of seconds from 0/],
    ['RateLimited', { retryAfter: '5' }, /retryAfter must be a number of seconds from 0/],
    ['InvalidDataFormat', { fieldErrors: [{ path: 'email' }] }, /fieldErrors must be a list of \{ path, message \}/],
    ['InvalidDataFormat', { fieldErrors: { email: 'bad' } }, /fieldErrors must be a list of \{ path, message \}/],
    ['Forbidden', { requestId: 'req 1\n' }, /requestId must be an id of visible ASCII without spaces/],
    ['Forbidden', { status: 99 }, /status must be a whole number from 200 to 599/],
    ['Forbidden', { message: ' ' }, /message must be a non-blank string/],
    ['InvalidPayload', { fieldErrors: oneField }, /reads back as InvalidDataFormat .*No dialect can/],
    ['ResourceNotFound', { fieldErrors: oneField }, /reads back as ReferenceNotFound .*No dialect can/],
  ])('%s with %o throws and says what to do', (type, options, message) => {
    expect(() => apiErrorResponse(type as ApiErrorType, options as ApiErrorResponseOptions)).toThrow(message)
  })

  it('never quotes a string it was given by mistake (it may be a token)', () => {
    const thrown = attempt('sk_live_secret' as ApiErrorType, {})
    expect('refused' in thrown && thrown.refused).toMatch(
      /^apiErrorResponse: type must be an ApiErrorType \(got string\)/,
    )
    expect('refused' in thrown && thrown.refused).not.toContain('sk_live_secret')
  })
})
