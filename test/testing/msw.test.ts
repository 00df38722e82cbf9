// apiErrorResponse in MSW handlers in Node, as the README shows it, and the 27 types in six
// dialects through a real MSW server: fetched, read back by readApiError, classified as claimed.
import { http } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { apiErrorTypes, createApiFetch, isApiError, readApiError } from '../../src/core/index.js'
import type { ApiErrorType } from '../../src/core/index.js'
import { apiErrorResponse } from '../../src/testing/index.js'
import type { ApiErrorDialect } from '../../src/testing/index.js'

// verbatim from README ("Test and browse your own error states")
const server = setupServer(
  http.get('https://api.example.com/orders', () => apiErrorResponse('RateLimited', { retryAfter: 5 })),
  http.post('https://api.example.com/orders', () =>
    apiErrorResponse('InvalidDataFormat', {
      dialect: 'stripe',
      fieldErrors: [{ path: 'email', message: 'Invalid email address.' }],
      requestId: 'req_8Xk2PqL0',
    }),
  ),
)
// end of the README snippet

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterAll(() => server.close())

describe('apiErrorResponse in MSW (Node)', () => {
  it("answers the README's GET with a 429 the kit reads as RateLimited, 5 s to wait", async () => {
    const response = await fetch('https://api.example.com/orders')
    expect([response.status, response.headers.get('retry-after')]).toEqual([429, '5'])
    const error = await readApiError(response)
    expect([error.type, error.retryAfterMs, error.action]).toEqual(['RateLimited', 5000, 'retry'])
  })

  it("answers the README's POST in Stripe's dialect: createApiFetch throws InvalidDataFormat with the field and the id", async () => {
    const apiFetch = createApiFetch()
    const thrown = await apiFetch('https://api.example.com/orders', { method: 'POST', body: '{}' }).catch(
      (error: unknown) => error,
    )
    expect(isApiError(thrown, 'InvalidDataFormat')).toBe(true)
    expect(thrown).toMatchObject({
      status: 400,
      id: 'req_8Xk2PqL0',
      fieldErrors: [{ path: 'email', message: 'Invalid email address.' }],
    })
  })

  const dialects: ApiErrorDialect[] = ['problem', 'stripe', 'google', 'graphql', 'jsonapi', 'aws']
  it.each(dialects)('serves each of the 27 types in %s, each read back as claimed', async (dialect) => {
    server.use(
      http.get('https://api.example.com/every/:dialect/:type', ({ params }) =>
        apiErrorResponse(params.type as ApiErrorType, {
          dialect: params.dialect as ApiErrorDialect,
          requestId: 'req_1',
        }),
      ),
    )
    const types = apiErrorTypes.filter((type) => type !== 'Network' && type !== 'Aborted')
    const read = await Promise.all(
      types.map(async (type) => readApiError(await fetch(`https://api.example.com/every/${dialect}/${type}`))),
    )
    expect(read.map((error) => [error.type, error.id])).toEqual(types.map((type) => [type, 'req_1']))
  })
})
