import { GraphQLClient } from 'graphql-request'
import { describeClient, TOKEN, thrownBy } from './support/scenarios.js'
import { CREATE_USER, graphqlApi } from './support/graphql.js'

// graphql-request: a ClientError with `response` (`status`, `headers`, `errors`) and `request`.
describeClient({
  name: 'graphql-request',
  backend: graphqlApi,
  needsSecrets: true,
  fail: (scenario, api) =>
    thrownBy(
      new GraphQLClient(`${api.url(scenario)}/graphql`, {
        headers: { authorization: `Bearer ${TOKEN}` },
        signal: scenario === 'abort' ? api.signal : undefined,
      }).request(CREATE_USER, { email: 'ada@example.com' }),
    ),
})
