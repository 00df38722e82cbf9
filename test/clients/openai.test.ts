import OpenAI from 'openai'
import { describeClient, TOKEN } from './support/scenarios.js'
import { rejectionOf } from '../core/support/server.js'
import { openai, openaiQuota } from './support/dialects.js'
import { serveApi } from './support/loopback.js'

const create = (baseURL: string, signal?: AbortSignal) =>
  new OpenAI({ apiKey: TOKEN, baseURL, maxRetries: 0 }).chat.completions.create(
    { model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hi' }] },
    { signal },
  )

const quota = serveApi({ answer: () => openaiQuota })

// The OpenAI SDK: APIError subclasses with status, headers and the body's `error` object.
describeClient({
  name: 'OpenAI',
  backend: openai,
  needsSecrets: true,
  expected: { '429': { code: 'rate_limit_exceeded' } },
  fail: (scenario, api) => rejectionOf(create(api.url(scenario), scenario === 'abort' ? api.signal : undefined)),
  extra: {
    // A 429 that waiting will not fix: the account has no credit left.
    insufficient_quota: {
      fail: () => rejectionOf(create(quota.url('429'))),
      expected: { type: 'QuotaExceeded', status: 429, code: 'insufficient_quota' },
    },
  },
})
