import { ApolloClient, gql, HttpLink, InMemoryCache } from 'apollo-client-3/core'
import { describeClient, TOKEN, thrownBy } from './support/scenarios.js'
import { CREATE_USER, graphqlApi } from './support/graphql.js'

// Apollo Client 3: an ApolloError holding `graphQLErrors` (from a 200) or a `networkError` (a
// ServerError with `statusCode`, `response` and the parsed `result` for a non-2xx).
describeClient({
  name: 'Apollo Client 3',
  backend: graphqlApi,
  needsSecrets: true,
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
