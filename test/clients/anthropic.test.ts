import Anthropic from '@anthropic-ai/sdk'
import { describeClient, TOKEN } from './support/scenarios.js'
import { rejectionOf } from '../core/support/server.js'
import { anthropic } from './support/dialects.js'

// The Anthropic SDK: APIError subclasses with status, headers and the parsed body. Its
// validation messages name no field in a structured way.
describeClient({
  name: 'Anthropic',
  backend: anthropic,
  needsSecrets: true,
  expected: { '422': { fields: [] }, '409': { type: 'Conflict' } },
  fail: (scenario, api) =>
    rejectionOf(
      new Anthropic({ authToken: TOKEN, apiKey: null, baseURL: api.url(scenario), maxRetries: 0 }).messages.create(
        { model: 'claude-sonnet-4-5', max_tokens: 16, messages: [{ role: 'user', content: 'hi' }] },
        { signal: scenario === 'abort' ? api.signal : undefined },
      ),
    ),
})
