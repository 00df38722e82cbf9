import type { IncomingMessage, ServerResponse } from 'node:http'
import { createTRPCClient, httpBatchLink } from '@trpc/client'
import { initTRPC, TRPCError } from '@trpc/server'
import { createHTTPHandler } from '@trpc/server/adapters/standalone'
import { z, ZodError } from 'zod'
import { describeClient, echoed, TOKEN, thrownBy } from './support/scenarios.js'
import type { Scenario } from './support/scenarios.js'

interface Context {
  scenario: Scenario
  authorization: string
  res: ServerResponse
}

// tRPC's documented error formatter: a zod failure's `flatten()` under `data.zodError`.
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
describeClient({
  name: 'tRPC',
  backend: { handle: (scenario, req, res) => handler(Object.assign(req, { scenario }), res) },
  needsSecrets: true,
  expected: { '422': { type: 'InvalidDataFormat', status: 400 } },
  fail: (scenario, api) =>
    thrownBy(
      createTRPCClient<typeof appRouter>({
        links: [httpBatchLink({ url: api.url(scenario), headers: { authorization: `Bearer ${TOKEN}` } })],
      }).createUser.mutate(
        { email: scenario === '422' ? 'not-an-email' : 'ada@example.com' },
        { signal: scenario === 'abort' ? api.signal : undefined },
      ),
    ),
})
