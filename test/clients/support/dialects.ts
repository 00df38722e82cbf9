import type { Answer, Backend } from './loopback.js'
import { echoed } from './scenarios.js'
import type { Scenario } from './scenarios.js'

type Dialect = Record<Exclude<Scenario, 'refused' | 'abort' | 'echo'>, Answer> & {
  echo(authorization: string): Answer
}

const WAIT = { 'retry-after': '7' }

const backend = (dialect: Dialect): Backend => ({
  answer: (scenario, authorization) =>
    scenario === 'echo'
      ? dialect.echo(authorization)
      : ((dialect[scenario as keyof Dialect] as Answer | undefined) ?? { status: 200, body: {} }),
})

/** A typical JSON API (Express, Rails, Laravel's validation map). */
export const rest = backend({
  '429': { status: 429, headers: WAIT, body: { error: 'rate_limited', message: 'Too many requests, slow down' } },
  '401': { status: 401, body: { error: 'unauthorized', message: 'Sign in first' } },
  '403': { status: 403, body: { error: 'forbidden', message: 'You cannot edit this project' } },
  '404': { status: 404, body: { error: 'not_found', message: 'No project 42' } },
  '422': {
    status: 422,
    body: { message: 'The given data was invalid.', errors: { email: ['The email must be a valid email address.'] } },
  },
  '409': { status: 409, body: { error: 'conflict', message: 'The project was changed by someone else' } },
  '503': { status: 503, body: { error: 'maintenance', message: 'Back in a few minutes' } },
  echo: (authorization) => ({ status: 401, body: { error: 'invalid_token', message: echoed(authorization) } }),
})

/** What a proxy in front of the API answers when the API is down: an HTML page. */
export const proxyPage: Answer = {
  status: 503,
  body: '<!doctype html><html><head><title>503 Service Temporarily Unavailable</title></head><body><center><h1>503 Service Temporarily Unavailable</h1></center><hr><center>nginx</center></body></html>',
}

// GitHub's REST API, as documented at https://docs.github.com/en/rest/using-the-rest-api/troubleshooting-the-rest-api
const docs = 'https://docs.github.com/rest'
export const github = backend({
  '429': {
    status: 429,
    headers: { ...WAIT, 'x-ratelimit-remaining': '0', 'x-github-request-id': 'C0DE:1234:5678' },
    body: { message: 'You have exceeded a secondary rate limit.', documentation_url: docs },
  },
  '401': { status: 401, body: { message: 'Bad credentials', documentation_url: docs, status: '401' } },
  '403': {
    status: 403,
    body: { message: 'Resource not accessible by integration', documentation_url: docs, status: '403' },
  },
  '404': { status: 404, body: { message: 'Not Found', documentation_url: docs, status: '404' } },
  '422': {
    status: 422,
    body: {
      message: 'Validation Failed',
      errors: [{ resource: 'User', field: 'email', code: 'invalid' }],
      documentation_url: docs,
      status: '422',
    },
  },
  '409': { status: 409, body: { message: 'Git Repository is empty.', documentation_url: docs, status: '409' } },
  '503': { status: 503, body: { message: 'Service unavailable', documentation_url: docs } },
  echo: (authorization) => ({ status: 401, body: { message: echoed(authorization), documentation_url: docs } }),
})

// OpenAI's error object: https://platform.openai.com/docs/guides/error-codes
const openaiError = (type: string, message: string, code: string | null = null, param: string | null = null) => ({
  error: { message, type, param, code },
})
export const openai = backend({
  '429': {
    status: 429,
    headers: { ...WAIT, 'x-request-id': 'req_429' },
    body: openaiError('requests', 'Rate limit reached for requests', 'rate_limit_exceeded'),
  },
  '401': { status: 401, body: openaiError('invalid_request_error', 'Incorrect API key provided.', 'invalid_api_key') },
  '403': {
    status: 403,
    body: openaiError(
      'invalid_request_error',
      'Country, region, or territory not supported',
      'unsupported_country_region_territory',
    ),
  },
  '404': {
    status: 404,
    body: openaiError('invalid_request_error', 'The model `gpt-9` does not exist', 'model_not_found'),
  },
  '422': {
    status: 422,
    body: openaiError(
      'invalid_request_error',
      "Invalid 'email': must be a valid email address.",
      'invalid_value',
      'email',
    ),
  },
  '409': { status: 409, body: openaiError('invalid_request_error', 'The file is still being processed.', null) },
  '503': { status: 503, body: openaiError('server_error', 'The engine is currently overloaded.', null) },
  echo: (authorization) => ({
    status: 401,
    body: openaiError('invalid_request_error', echoed(authorization), 'invalid_api_key'),
  }),
})

/** OpenAI's answer when the account has no credit left: a 429 that waiting will not fix. */
export const openaiQuota: Answer = {
  status: 429,
  body: openaiError(
    'insufficient_quota',
    'You exceeded your current quota, please check your plan and billing details.',
    'insufficient_quota',
  ),
}

// Anthropic's errors: https://docs.anthropic.com/en/api/errors
const anthropicError = (type: string, message: string) => ({
  type: 'error',
  error: { type, message },
  request_id: 'req_011CSHoEeqs5C35K2UUqR7Fy',
})
export const anthropic = backend({
  '429': {
    status: 429,
    headers: WAIT,
    body: anthropicError('rate_limit_error', 'Number of requests has exceeded your rate limit'),
  },
  '401': { status: 401, body: anthropicError('authentication_error', 'invalid x-api-key') },
  '403': {
    status: 403,
    body: anthropicError('permission_error', 'Your API key does not have permission to use the specified resource.'),
  },
  '404': { status: 404, body: anthropicError('not_found_error', 'The requested resource could not be found.') },
  '422': { status: 422, body: anthropicError('invalid_request_error', 'email: must be a valid email address') },
  '409': { status: 409, body: anthropicError('invalid_request_error', 'The batch is already being processed.') },
  '503': { status: 503, body: anthropicError('api_error', 'Service temporarily unavailable') },
  echo: (authorization) => ({ status: 401, body: anthropicError('authentication_error', echoed(authorization)) }),
})

// PostgREST's errors: https://docs.postgrest.org/en/stable/references/errors.html
const pg = (code: string, message: string, details: string | null = null) => ({ code, details, hint: null, message })
export const postgrest = backend({
  // Supabase's API gateway answers for PostgREST when a project is over its rate limit.
  '429': { status: 429, headers: WAIT, body: { message: 'API rate limit exceeded' } },
  '401': { status: 401, body: pg('PGRST301', 'JWT expired') },
  '403': { status: 403, body: pg('42501', 'permission denied for table items') },
  '404': { status: 404, body: pg('PGRST205', "Could not find the table 'public.itemz' in the schema cache") },
  '422': {
    status: 400,
    body: pg(
      '23502',
      'null value in column "email" of relation "users" violates not-null constraint',
      'Failing row contains (7, null).',
    ),
  },
  '409': {
    status: 409,
    body: pg(
      '23505',
      'duplicate key value violates unique constraint "users_email_key"',
      'Key (email)=(a@b.c) already exists.',
    ),
  },
  '503': { status: 503, body: pg('PGRST001', 'Database client error. Retrying the connection.') },
  echo: (authorization) => ({ status: 401, body: pg('PGRST301', echoed(authorization)) }),
})

// Supabase Auth (GoTrue): https://supabase.com/docs/guides/auth/debugging/error-codes
const gotrue = (code: number, errorCode: string, msg: string) => ({ code, error_code: errorCode, msg })
export const gotrueApi = backend({
  '429': { status: 429, headers: WAIT, body: gotrue(429, 'over_request_rate_limit', 'Request rate limit reached') },
  '401': { status: 401, body: gotrue(401, 'no_authorization', 'This endpoint requires a Bearer token') },
  '403': { status: 403, body: gotrue(403, 'not_admin', 'User not allowed') },
  '404': { status: 404, body: gotrue(404, 'user_not_found', 'User not found') },
  '422': { status: 422, body: gotrue(422, 'validation_failed', 'Unable to validate email address: invalid format') },
  '409': { status: 409, body: gotrue(409, 'conflict', 'Conflict. Please try again later.') },
  '503': { status: 503, body: gotrue(503, 'unexpected_failure', 'Service Unavailable') },
  echo: (authorization) => ({ status: 401, body: gotrue(401, 'bad_jwt', echoed(authorization)) }),
})
