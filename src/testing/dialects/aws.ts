import type { ApiErrorType } from '../../core/index.js'
import type { Dialect } from './types.js'

/** AWS's documented exception names, where one means the type; the others are `<Type>Exception`. */
const EXCEPTIONS: Partial<Record<ApiErrorType, string>> = {
  Unauthorized: 'UnrecognizedClientException',
  Forbidden: 'AccessDeniedException',
  QuotaExceeded: 'ServiceQuotaExceededException',
  InvalidDataFormat: 'ValidationException',
  RateLimited: 'ThrottlingException',
  ResourceLockedConflict: 'ResourceInUseException',
  Internal: 'InternalServerException',
  Unavailable: 'ServiceUnavailableException',
  Timeout: 'RequestTimeoutException',
  Unknown: 'UnknownError',
}

/**
 * AWS JSON protocols: `{ __type, message }` (DynamoDB, ECS…), the request id in
 * `x-amzn-RequestId`. Its errors list no fields. Sources:
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Programming.Errors.html,
 * https://smithy.io/2.0/aws/protocols/aws-json-1_1-protocol.html (bodies kept in
 * test/core/fixtures/real-responses.json).
 */
export const aws: Dialect = {
  contentType: 'application/x-amz-json-1.1',
  requestIdHeader: 'x-amzn-RequestId',
  maxFieldErrors: 0,
  note: "the body's `__type` names the exception",
  build: ({ type, message }) => ({
    body: { __type: EXCEPTIONS[type] ?? `${type}Exception`, message },
  }),
}
