import { ApolloClient, gql, HttpLink, InMemoryCache } from '@apollo/client'
import { describeClient, TOKEN, thrownBy } from './support/scenarios.js'
import { CREATE_USER, graphqlApi } from './support/graphql.js'

// Apollo Client 4: CombinedGraphQLErrors (`errors`, `data`) for a GraphQL response, ServerError
// (`statusCode`, `response`, `bodyText`) for a non-GraphQL one. A GraphQL response sent with an
// error status (GraphQL over HTTP's `application/graphql-response+json`) becomes
// CombinedGraphQLErrors with neither the status nor the headers: the error codes still tell the
// type, but no status or Retry-After is left to read.
const NO_STATUS = { status: 0, retryAfterMs: undefined }

describeClient({
  name: 'Apollo Client 4',
  backend: graphqlApi,
  needsSecrets: true,
  expected: {
    '429': NO_STATUS,
    '401': NO_STATUS,
    '403': NO_STATUS,
    '404': NO_STATUS,
    '422': NO_STATUS,
    '409': NO_STATUS,
    '503': NO_STATUS,
    echo: NO_STATUS,
  },
  fail: (scenario, api) =>
    thrownBy(
      new ApolloClient({
        link: new HttpLink({ uri: `${api.url(scenario)}/graphql`, headers: { authorization: `Bearer ${TOKEN}` } }),
        cache: new InMemoryCache(),
      }).mutate({
        mutation: gql(CREATE_USER),
        variables: { email: 'ada@example.com' },
        context: { fetchOptions: { signal: scenario === 'abort' ? api.signal : undefined } },
      }),
    ),
})
