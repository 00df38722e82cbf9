import { GraphQLError } from 'graphql'
import { createSchema, createYoga } from 'graphql-yoga'
import type { Backend } from './loopback.js'
import { rejectionOf } from '../../core/support/server.js'
import { describeClient, echoed, TOKEN } from './scenarios.js'
import type { ClientUnderTest, Scenario } from './scenarios.js'

/** The one operation every GraphQL client sends. */
export const CREATE_USER = 'mutation CreateUser($email: String!) { createUser(email: $email) }'

// A GraphQL error with the HTTP status and headers GraphQL Yoga answers with (`extensions.http`).
const fail = (message: string, code: string, status: number, extensions: Record<string, unknown> = {}) =>
  new GraphQLError(message, { extensions: { code, ...extensions, http: { status } } })

const ERRORS: Partial<Record<Scenario, (authorization: string) => GraphQLError>> = {
  '429': () =>
    new GraphQLError('Too many requests', {
      extensions: { code: 'RATE_LIMITED', http: { status: 429, headers: { 'retry-after': '7' } } },
    }),
  '401': () => fail('You must sign in', 'UNAUTHENTICATED', 401),
  '403': () => fail('You cannot create users', 'FORBIDDEN', 403),
  '404': () => fail('No such team', 'NOT_FOUND', 404),
  // Apollo Server's documented way to name the argument at fault.
  '422': () => fail('must be a valid email address', 'BAD_USER_INPUT', 422, { argumentName: 'email' }),
  '409': () => fail('The team was changed by someone else', 'CONFLICT', 409),
  '503': () => fail('Back in a few minutes', 'SERVICE_UNAVAILABLE', 503),
  echo: (authorization) => fail(echoed(authorization), 'UNAUTHENTICATED', 401),
}

const yoga = createYoga<{ scenario: Scenario }>({
  schema: createSchema<{ scenario: Scenario; request: Request }>({
    typeDefs: 'type Query { ok: Boolean } type Mutation { createUser(email: String!): ID }',
    resolvers: {
      Mutation: {
        createUser: (_parent, _args, { scenario, request }) => {
          throw ERRORS[scenario]?.(request.headers.get('authorization') ?? '') ?? new Error('no such scenario')
        },
      },
    },
  }),
  graphqlEndpoint: '/graphql',
  maskedErrors: false,
  logging: false,
})

/** A real GraphQL endpoint (GraphQL Yoga) at `/graphql` under each scenario's URL. */
export const graphqlApi: Backend = { handle: (scenario, req, res) => void yoga(req, res, { scenario }) }

/** What Apollo Client 3 and 4 share, as the tests use it. */
interface Apollo {
  ApolloClient: new (options: { link: unknown; cache: unknown }) => { mutate(options: object): Promise<unknown> }
  HttpLink: new (options: { uri: string; headers: Record<string, string> }) => unknown
  InMemoryCache: new () => unknown
  gql: (query: string) => unknown
}

/** Apollo Client (3 or 4) sending the mutation with a bearer token and, for the abort, a signal. */
export const describeApolloClient = (name: string, apollo: Apollo, expected?: ClientUnderTest['expected']) =>
  describeClient({
    name,
    backend: graphqlApi,
    needsSecrets: true,
    expected,
    fail: (scenario, api) =>
      rejectionOf(
        new apollo.ApolloClient({
          link: new apollo.HttpLink({
            uri: `${api.url(scenario)}/graphql`,
            headers: { authorization: `Bearer ${TOKEN}` },
          }),
          cache: new apollo.InMemoryCache(),
        }).mutate({
          mutation: apollo.gql(CREATE_USER),
          variables: { email: 'ada@example.com' },
          context: { fetchOptions: { signal: scenario === 'abort' ? api.signal : undefined } },
        }),
      ),
  })
