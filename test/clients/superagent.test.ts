import superagent from 'superagent'
import { describeClient, TOKEN } from './support/scenarios.js'
import { rejectionOf } from '../core/support/server.js'
import { rest } from './support/dialects.js'

// superagent: the error carries `status` and the `response` (body parsed, headers as an object).
describeClient({
  name: 'superagent',
  backend: rest,
  fail(scenario, api) {
    const request = superagent.get(`${api.url(scenario)}/projects/42`).set('Authorization', `Bearer ${TOKEN}`)
    if (scenario === 'abort')
      api.signal.addEventListener('abort', () => {
        request.abort()
      })
    return rejectionOf(request)
  },
})
