import { Octokit } from '@octokit/rest'
import { describeClient, TOKEN, thrownBy } from './support/scenarios.js'
import { github } from './support/dialects.js'

// Octokit: a RequestError with status, the response (headers and body) and the request it sent,
// its Authorization already redacted by Octokit, so the token it sent cannot be known.
describeClient({
  name: 'Octokit',
  backend: github,
  needsSecrets: true,
  expected: { '422': { fields: ['email'] } },
  fail: (scenario, api) =>
    thrownBy(
      new Octokit({ auth: TOKEN, baseUrl: api.url(scenario) }).request('POST /user/emails', {
        emails: ['not-an-email'],
        request: scenario === 'abort' ? { signal: api.signal } : {},
      }),
    ),
})
