// The Storybook decorator with a real MSW server in the place of msw-storybook-addon's worker:
// the endpoints a story names answer with the toolbar's choice; everything else is left alone.
import { http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import { createElement } from 'react'
import { renderToString } from 'react-dom/server'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { readApiError } from '../../src/core/index.js'
import { apiErrorGlobalTypes, withApiErrors } from '../../src/testing/index.js'
import type { ApiErrorsStoryContext } from '../../src/testing/index.js'

const ORDERS = 'https://app.example.test/api/orders'
const server = setupServer(http.get(ORDERS, () => HttpResponse.json([{ id: 'o_1' }])))
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

const Story = () => createElement('p', null, 'the story')
const context = (globals: ApiErrorsStoryContext['globals'], apiErrors?: object): ApiErrorsStoryContext => ({
  globals,
  parameters: apiErrors ? { apiErrors: apiErrors as never } : {},
  msw: server,
})

describe('withApiErrors', () => {
  it('answers the endpoints a story names with the chosen type, dialect and options, and renders the story', async () => {
    const element = withApiErrors(
      Story,
      context({ apiError: 'QuotaExceeded', apiErrorDialect: 'stripe' }, { endpoints: [ORDERS], requestId: 'req_9' }),
    )
    expect(renderToString(element)).toBe('<p>the story</p>')
    const response = await fetch(ORDERS, { method: 'POST' })
    expect(await response.clone().json()).toMatchObject({ error: { type: 'invalid_request_error' } })
    const error = await readApiError(response)
    expect([error.type, error.id]).toEqual(['QuotaExceeded', 'req_9'])
  })

  it('answers with a network failure for Network', async () => {
    withApiErrors(Story, context({ apiError: 'Network' }, { endpoints: [ORDERS] }))
    await expect(fetch(ORDERS)).rejects.toThrow(TypeError)
  })

  it('leaves the endpoints alone for "No error", without the global, or without parameters.apiErrors', async () => {
    withApiErrors(Story, context({ apiError: 'none' }, { endpoints: [ORDERS] }))
    withApiErrors(Story, context({}, { endpoints: [ORDERS] }))
    withApiErrors(Story, context({ apiError: 'Forbidden' }))
    expect((await fetch(ORDERS)).status).toBe(200)
  })

  it('fails the story, saying why, for a choice the dialect cannot say or a story set up wrong', () => {
    expect(() =>
      withApiErrors(Story, context({ apiError: 'QuotaExceeded', apiErrorDialect: 'github' }, { endpoints: [ORDERS] })),
    ).toThrow(/reads back as Forbidden .*Dialects that can: problem/)
    expect(() => withApiErrors(Story, context({ apiError: 'Forbidden' }, { endpoints: [] }))).toThrow(
      /parameters\.apiErrors\.endpoints must list the paths to answer/,
    )
    expect(() =>
      withApiErrors(Story, context({ apiError: 'Forbidden', apiErrorDialect: 'soap' }, { endpoints: [ORDERS] })),
    ).toThrow(/the apiErrorDialect global names no dialect/)
    expect(() =>
      withApiErrors(Story, { globals: { apiError: 'Forbidden' }, parameters: { apiErrors: { endpoints: [ORDERS] } } }),
    ).toThrow(/no MSW worker on the story context\. Add msw-storybook-addon/)
  })

  it('offers every type a response can carry, Network and "No error" in the toolbar, and every dialect', () => {
    const values = apiErrorGlobalTypes.apiError.toolbar.items.map((item) => item.value)
    expect(values).toHaveLength(29)
    expect(values).toEqual(expect.arrayContaining(['none', 'RateLimited', 'Network']))
    expect(values).not.toContain('Aborted')
    expect(apiErrorGlobalTypes.apiErrorDialect.toolbar.items.map((item) => item.value)).toContain('jsonapi')
  })
})
