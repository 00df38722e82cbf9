import { Client, fetchExchange, gql } from '@urql/core'
import { describeClient, TOKEN } from './support/scenarios.js'
import { CREATE_USER, graphqlApi } from './support/graphql.js'

// urql resolves with `{ data, error }`, the error a CombinedError (`graphQLErrors`,
// `networkError`, `response`).
describeClient({
  name: 'urql',
  backend: graphqlApi,
  needsSecrets: true,
  fail: async (scenario, api) => {
    const client = new Client({
      url: `${api.url(scenario)}/graphql`,
      exchanges: [fetchExchange],
      fetchOptions: { headers: { authorization: `Bearer ${TOKEN}` } },
      ...(scenario === 'abort' ? { fetch: (input, init) => fetch(input, { ...init, signal: api.signal }) } : {}),
    })
    const { error } = await client.mutation(gql(CREATE_USER), { email: 'ada@example.com' }).toPromise()
    return error
  },
})
