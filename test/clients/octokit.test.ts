import { rejectionOf } from '../core/support/server.js'
import { Octokit } from '@octokit/rest'
import { describeClient, TOKEN } from './support/scenarios.js'
import { github } from './support/dialects.js'

// Octokit: a RequestError with status, the response (headers and body) and the request it sent,
// its Authorization already redacted by Octokit, so the token it sent cannot be known.
// Octokit logs every failed request; the table is what this file reports.
const quiet = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} }

describeClient({
  name: 'Octokit',
  backend: github,
  needsSecrets: true,
  expected: { '422': { fields: ['email'] } },
  fail: (scenario, api) =>
    rejectionOf(
      new Octokit({ auth: TOKEN, baseUrl: api.url(scenario), log: quiet }).request('POST /user/emails', {
        emails: ['not-an-email'],
        request: scenario === 'abort' ? { signal: api.signal } : {},
      }),
    ),
})
