import * as Sentry from '@sentry/browser'
import { QueryClient } from '@tanstack/react-query'
import axios from 'axios'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createApiErrorReporter, createApiFetch } from '../../src/core/index.js'
import { apiErrorQueryDefaults, connectApiErrors } from '../../src/query/index.js'
import { json, serveForFile } from '../core/support/server.js'

const CANARY = 'canary-7f3a9c1e5b2d4f6a8c0e'
const server = serveForFile()

/** Every envelope the SDK sent, serialized as it would go over the wire. */
const envelopes: string[] = []
/** The SDK's `transport` option: collects envelopes in memory, no network. */
const makeInMemoryTransport = (options: Parameters<typeof Sentry.createTransport>[0]) =>
  Sentry.createTransport(options, async ({ body }) => {
    envelopes.push(typeof body === 'string' ? body : new TextDecoder().decode(body))
    return { statusCode: 200 }
  })

/** The events in the collected envelopes. */
const events = () =>
  envelopes.flatMap((envelope) => {
    const [, itemHeader, item] = envelope.split('\n')
    return itemHeader && (JSON.parse(itemHeader) as { type: string }).type === 'event'
      ? [JSON.parse(item ?? '{}') as Sentry.ErrorEvent]
      : []
  })

beforeEach(() => {
  envelopes.length = 0
  server.reset()
})

beforeAll(() => {
  Sentry.init({
    dsn: 'https://public@127.0.0.1/1',
    transport: makeInMemoryTransport,
    // Sentry's own Dedupe drops an event identical to the previous one: without it, only the
    // reporter's dedupe is at work here. ExtraErrorData serializes an error's own properties, as
    // many apps configure it: whatever the error object holds would reach the envelope.
    integrations: (defaults) => [
      ...defaults.filter((integration) => integration.name !== 'Dedupe'),
      Sentry.extraErrorDataIntegration({ depth: 6 }),
    ],
  })
})
afterAll(() => Sentry.close())

describe('createApiErrorReporter with @sentry/browser', () => {
  it('sends one event per failure with the documented fingerprint, 5xx only, deduplicated, and no secret', async () => {
    server.routes['/projects/1234/builds'] = (_req, res) =>
      json(res, 500, { message: `upstream refused ${CANARY}` }, { 'x-request-id': 'req_1' })
    server.routes['/projects/5678/builds'] = server.routes['/projects/1234/builds']
    server.routes['/projects/1234'] = (_req, res) =>
      json(res, 404, { type: 'ResourceNotFound', message: 'No such project' })
    server.routes['/status'] = (_req, res) => json(res, 503, { message: 'maintenance' })
    const api = createApiFetch({ baseUrl: server.base, getAccessToken: () => CANARY })
    const queryClient = new QueryClient({ defaultOptions: apiErrorQueryDefaults({ queries: { retry: false } }) })
    // verbatim from README ("Report server failures to Sentry") and the "Reporting to Sentry" docs page
    const report = createApiErrorReporter({
      send: ({ error, fingerprint, tags }) => Sentry.captureException(error, { fingerprint, tags }),
    })
    connectApiErrors(queryClient, { onError: report })
    const get = (path: string) =>
      queryClient
        .fetchQuery({ queryKey: [path], queryFn: () => api(path, { headers: { 'x-api-key': CANARY } }) })
        .catch(() => undefined)

    await get(`/projects/1234/builds?access_token=${CANARY}&page=2`)
    await get(`/projects/5678/builds?access_token=${CANARY}`)
    await get('/projects/1234')
    await get('/status')
    await Sentry.flush(2000)
    queryClient.clear()

    // The canary did travel: in the URL, the headers and the server's message.
    expect(server.hits.filter((hit) => hit.path === '/projects/1234/builds')[0]?.authorization).toBe(`Bearer ${CANARY}`)
    expect(server.hits).toHaveLength(4)

    const sent = events()
    expect(sent.map((event) => event.fingerprint)).toEqual([
      ['Internal', 'GET', '/projects/:id/builds', '500'],
      ['Unavailable', 'GET', '/status', '503'],
    ])
    expect(sent[0]?.tags).toEqual({
      type: 'Internal',
      status: '500',
      method: 'GET',
      route: '/projects/:id/builds',
      requestId: 'req_1',
    })
    expect(sent[0]?.exception?.values?.[0]).toMatchObject({
      type: 'ApiError',
      value: expect.stringContaining('upstream refused'),
    })
    const wire = envelopes.join('\n')
    expect(wire).not.toContain(CANARY)
    expect(wire).not.toContain(CANARY.slice(0, 12))
  })

  it('keeps an axios error’s request config, headers and URL query out of the envelope', async () => {
    server.routes['/orders/0f8fad5b-d9cb-469f-a165-70867728950e'] = (_req, res) =>
      json(res, 502, { message: 'bad gateway' })
    const report = createApiErrorReporter({
      send: ({ error, fingerprint, tags }) => Sentry.captureException(error, { fingerprint, tags }),
    })
    const failure = await axios
      .delete(`${server.base}/orders/0f8fad5b-d9cb-469f-a165-70867728950e?api_key=${CANARY}`, {
        adapter: 'fetch',
        headers: { Authorization: `Bearer ${CANARY}`, 'X-Api-Key': CANARY },
      })
      .catch((error: unknown) => error)
    // What would leak if the raw error were sent: its config holds the headers and the URL.
    expect(JSON.stringify((failure as { config: unknown }).config)).toContain(CANARY)
    report(failure)
    await Sentry.flush(2000)
    expect(events().map((event) => event.fingerprint)).toEqual([['Unavailable', 'DELETE', '/orders/:id', '502']])
    expect(envelopes.join('\n')).toContain('"status":502')
    expect(envelopes.join('\n')).not.toContain(CANARY)
  })
})
