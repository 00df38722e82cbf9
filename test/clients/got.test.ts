import got from 'got'
import { describeClient, TOKEN } from './support/scenarios.js'
import { rejectionOf } from '../core/support/server.js'
import { rest } from './support/dialects.js'

// got 14 (the last major for Node 20): an HTTPError holds the response with its parsed body, and
// keeps the request's options, Authorization header included.
describeClient({
  name: 'got',
  backend: rest,
  fail: (scenario, api) =>
    rejectionOf(
      got(`${api.url(scenario)}/projects/42`, {
        headers: { authorization: `Bearer ${TOKEN}` },
        responseType: 'json',
        retry: { limit: 0 },
        signal: scenario === 'abort' ? api.signal : undefined,
      }),
    ),
})
