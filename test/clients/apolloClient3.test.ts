import * as apollo from 'apollo-client-3/core'
import { describeApolloClient } from './support/graphql.js'

// Apollo Client 3: an ApolloError holding `graphQLErrors` (from a 200) or a `networkError` (a
// ServerError with `statusCode`, `response` and the parsed `result` for a non-2xx).
// The two majors type their classes differently; the calls are the same.
describeApolloClient('Apollo Client 3', apollo as never)
