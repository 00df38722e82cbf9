import { rejectionOf } from '../core/support/server.js'
import { GraphQLClient } from 'graphql-request'
import { describeClient, TOKEN } from './support/scenarios.js'
import { CREATE_USER, graphqlApi } from './support/graphql.js'

// graphql-request: a ClientError with `response` (`status`, `headers`, `errors`) and `request`.
describeClient({
  name: 'graphql-request',
  backend: graphqlApi,
  needsSecrets: true,
  fail: (scenario, api) =>
    rejectionOf(
      new GraphQLClient(`${api.url(scenario)}/graphql`, {
        headers: { authorization: `Bearer ${TOKEN}` },
        signal: scenario === 'abort' ? api.signal : undefined,
      }).request(CREATE_USER, { email: 'ada@example.com' }),
    ),
})
