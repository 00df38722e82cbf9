import type { IncomingMessage, ServerResponse } from 'node:http'
import { rejectionOf } from '../core/support/server.js'
import { createTRPCClient, httpBatchLink } from '@trpc/client'
import { initTRPC, TRPCError } from '@trpc/server'
import { createHTTPHandler } from '@trpc/server/adapters/standalone'
import { z, ZodError } from 'zod'
import { describe, expect, it } from 'vitest'
import { parseApiError as parseApiErrorOfTheKit } from '../../src/core/index.js'
import type { ApiError, ParseApiErrorOptions } from '../../src/core/index.js'
import { serveApi } from './support/loopback.js'
import type { Backend } from './support/loopback.js'
import { describeClient, echoed, TOKEN } from './support/scenarios.js'
import type { Scenario } from './support/scenarios.js'

interface Context {
  scenario: Scenario
  authorization: string
  res: ServerResponse
}

// tRPC's documented error formatter (the README's "tRPC" recipe): zod's `flatten()` under `data.zodError`.
// Server
const t = initTRPC.context<Context>().create({
  errorFormatter: ({ shape, error }) => ({
    ...shape,
    data: {
      ...shape.data,
      zodError: error.code === 'BAD_REQUEST' && error.cause instanceof ZodError ? error.cause.flatten() : null,
    },
  }),
})

const CODES = {
  '401': 'UNAUTHORIZED',
  '403': 'FORBIDDEN',
  '404': 'NOT_FOUND',
  '409': 'CONFLICT',
  '503': 'SERVICE_UNAVAILABLE',
} as const

const appRouter = t.router({
  createUser: t.procedure.input(z.object({ email: z.string().email() })).mutation(({ ctx }) => {
    if (ctx.scenario === '429') {
      ctx.res.setHeader('retry-after', '7')
      throw new TRPCError({ code: 'TOO_MANY_REQUESTS', message: 'Slow down' })
    }
    if (ctx.scenario === 'echo') throw new TRPCError({ code: 'UNAUTHORIZED', message: echoed(ctx.authorization) })
    const code = CODES[ctx.scenario as keyof typeof CODES]
    if (code) throw new TRPCError({ code, message: `Refused (${ctx.scenario})` })
    return { id: 1 }
  }),
})

const handler = createHTTPHandler({
  router: appRouter,
  createContext: ({ req, res }: { req: IncomingMessage; res: ServerResponse }) => ({
    scenario: (req as IncomingMessage & { scenario: Scenario }).scenario,
    authorization: req.headers.authorization ?? '',
    res,
  }),
})
// A real tRPC server (standalone adapter) and client (httpBatchLink): TRPCClientError carries
// `data.httpStatus`, `data.code`, the formatter's `zodError`, and `meta.response`. Input
// validation fails with tRPC's 400 BAD_REQUEST, the field map under `data.zodError.fieldErrors`.
const backend: Backend = { handle: (scenario, req, res) => handler(Object.assign(req, { scenario }), res) }

describeClient({
  name: 'tRPC',
  backend,
  needsSecrets: true,
  expected: { '422': { type: 'InvalidDataFormat', status: 400 } },
  fail: (scenario, api) =>
    rejectionOf(
      createTRPCClient<typeof appRouter>({
        links: [httpBatchLink({ url: api.url(scenario), headers: { authorization: `Bearer ${TOKEN}` } })],
      }).createUser.mutate(
        { email: scenario === '422' ? 'not-an-email' : 'ada@example.com' },
        { signal: scenario === 'abort' ? api.signal : undefined },
      ),
    ),
})

describe('README: the tRPC recipe', () => {
  const api = serveApi(backend)
  const client = (url: string, token: string) =>
    createTRPCClient<typeof appRouter>({
      links: [httpBatchLink({ url, headers: { authorization: `Bearer ${token}` } })],
    })

  it.each([
    ['422', 'not-an-email', { type: 'InvalidDataFormat', status: 400, fieldErrors: [{ path: 'email' }] }],
    ['429', 'ada@example.com', { type: 'RateLimited', status: 429, retryAfterMs: 7000, fieldErrors: [] }],
    ['echo', 'ada@example.com', { type: 'Unauthorized', status: 401 }],
  ] as const)('a %s: the error a call throws, parsed as the README shows', async (scenario, email, expected) => {
    const token = TOKEN
    const trpc = client(api.url(scenario), token)
    let seen: ApiError | undefined
    const parseApiError = (error: unknown, options: ParseApiErrorOptions) =>
      (seen = parseApiErrorOfTheKit(error, options))
    /* eslint-disable @typescript-eslint/no-unused-expressions -- the README shows each value as an expression */
    // Client
    try {
      await trpc.createUser.mutate({ email })
    } catch (error) {
      const apiError = parseApiError(error, { secrets: [token] })
      apiError.type // 'InvalidDataFormat' (a zod failure), 'RateLimited' (TOO_MANY_REQUESTS)…
      apiError.fieldErrors // [{ path: 'email', message: 'Invalid email address' }]
      apiError.retryAfterMs // the response's Retry-After, when it has one
    }
    /* eslint-enable @typescript-eslint/no-unused-expressions */
    expect(seen).toMatchObject(expected)
    for (const field of seen?.fieldErrors ?? []) expect(field.message).toBe('Invalid email address')
    expect(JSON.stringify(seen)).not.toContain(token)
  })
})
