import wretch from 'wretch'
import { describeClient, TOKEN } from './support/scenarios.js'
import { rejectionOf } from '../core/support/server.js'
import { rest } from './support/dialects.js'

// wretch 2 (wretch 3 needs Node 22): a WretchError with status, response, text and json, and
// nothing of the request it sent.
describeClient({
  name: 'wretch',
  backend: rest,
  needsSecrets: true,
  fail: (scenario, api) =>
    rejectionOf(
      wretch(`${api.url(scenario)}/projects/42`, scenario === 'abort' ? { signal: api.signal } : {})
        .auth(`Bearer ${TOKEN}`)
        .get()
        .json(),
    ),
})
