import * as apollo from '@apollo/client'
import { describeApolloClient } from './support/graphql.js'

// Apollo Client 4: CombinedGraphQLErrors (`errors`, `data`) for a GraphQL response, ServerError
// (`statusCode`, `response`, `bodyText`) for a non-GraphQL one. A GraphQL response sent with an
// error status (GraphQL over HTTP's `application/graphql-response+json`) becomes
// CombinedGraphQLErrors with neither the status nor the headers: the error codes still tell the
// type, but no status or Retry-After is left to read.
const NO_STATUS = { status: 0, retryAfterMs: undefined }

// The two majors type their classes differently; the calls are the same.
describeApolloClient('Apollo Client 4', apollo as never, {
  '429': NO_STATUS,
  '401': NO_STATUS,
  '403': NO_STATUS,
  '404': NO_STATUS,
  '422': NO_STATUS,
  '409': NO_STATUS,
  '503': NO_STATUS,
  echo: NO_STATUS,
})
