import { Fragment, createElement } from 'react'
import type { ComponentType, ReactElement } from 'react'
import { http, HttpResponse } from 'msw'
import type { RequestHandler } from 'msw'
import type { ApiErrorType } from '../../core/index.js'
import { isApiErrorDialect } from '../dialects/index.js'
import { apiErrorResponse } from '../response/apiErrorResponse.js'
import type { ApiErrorResponseOptions } from '../response/apiErrorResponse.js'
import { NO_API_ERROR } from './apiErrorGlobalTypes.js'

/** A story's `parameters.apiErrors`: which endpoints answer with the toolbar's error, and with what. */
export interface ApiErrorsParameters extends Omit<ApiErrorResponseOptions, 'dialect'> {
  /** MSW path patterns (`'/api/orders'`, `'/api/orders/:id'`, a full URL); every method. */
  endpoints: readonly string[]
}

/** What `withApiErrors` reads of a Storybook story context. */
export interface ApiErrorsStoryContext {
  globals: { apiError?: unknown; apiErrorDialect?: unknown }
  parameters: { apiErrors?: ApiErrorsParameters }
  /** The MSW worker msw-storybook-addon puts on the context. */
  msw?: { use: (...handlers: RequestHandler[]) => void }
}

const fail = (problem: string): never => {
  throw new Error(`withApiErrors: ${problem}`)
}

/**
 * A Storybook decorator: when the "API error" toolbar (`apiErrorGlobalTypes`) names an error, the
 * endpoints a story lists in `parameters.apiErrors.endpoints` answer with it, in the chosen
 * dialect, through msw-storybook-addon's worker; Network answers with a network failure. The
 * story is mounted afresh for each choice. Stories without `parameters.apiErrors`, and the "No
 * error" choice, are left as they are.
 */
export function withApiErrors(Story: ComponentType, context: ApiErrorsStoryContext): ReactElement {
  const { apiError = NO_API_ERROR, apiErrorDialect = 'problem' } = context.globals
  const settings = context.parameters.apiErrors
  if (!settings || apiError === NO_API_ERROR) return createElement(Story)
  const { endpoints, ...options } = settings
  if (!Array.isArray(endpoints) || !endpoints.length || !endpoints.every((e) => typeof e === 'string' && e))
    fail("parameters.apiErrors.endpoints must list the paths to answer, such as ['/api/orders'].")
  const dialect = isApiErrorDialect(apiErrorDialect)
    ? apiErrorDialect
    : fail('the apiErrorDialect global names no dialect: use apiErrorGlobalTypes.')
  if (!context.msw)
    fail('no MSW worker on the story context. Add msw-storybook-addon: loaders: [mswLoader()] in .storybook/preview.')
  const type = apiError as ApiErrorType
  const answer = type === 'Network' ? () => HttpResponse.error() : () => apiErrorResponse(type, { ...options, dialect })
  // Built once here, so a combination the dialect cannot say fails the story with the reason.
  answer()
  context.msw!.use(...endpoints.map((endpoint) => http.all(endpoint, answer)))
  return createElement(Fragment, { key: `${type} ${dialect}` }, createElement(Story))
}
