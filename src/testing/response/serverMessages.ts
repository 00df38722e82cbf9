import type { ApiErrorType } from '../../core/index.js'

/**
 * What a server says for each type, as developer-facing text in a body (Botpress's wording where
 * its reference gives one: https://botpress.com/reference/botpress-api-documentation). None names
 * a wait: the wait is an option.
 */
export const serverMessages: Readonly<Record<Exclude<ApiErrorType, 'Network' | 'Aborted'>, string>> = {
  Unauthorized: 'The request requires to be authenticated.',
  Forbidden: 'The requested action cannot be performed by the authenticated user.',
  PaymentRequired: 'A payment is required to perform this request.',
  QuotaExceeded: 'The request exceeds the allowed quota.',
  LimitExceeded: 'The request exceeds the allowed limit.',
  PayloadTooLarge: 'The request payload is too large.',
  InvalidPayload: 'The request payload is invalid.',
  UnsupportedMediaType: 'The request is using an unsupported media type.',
  MethodNotFound: 'The requested method does not exist.',
  ResourceNotFound: 'The requested resource does not exist.',
  InvalidJsonSchema: 'The provided JSON schema is invalid.',
  InvalidDataFormat: 'The provided data does not respect the required format.',
  InvalidIdentifier: 'The provided identifier is not valid.',
  RelationConflict: 'The resource is related with a different resource than the one referenced.',
  ReferenceConstraint: "The resource cannot be deleted because it's referenced by another resource.",
  ReferenceNotFound: 'The provided resource reference is missing.',
  InvalidQuery: 'The provided query is invalid.',
  Runtime: 'An error happened during the execution of a runtime (bot or integration).',
  AlreadyExists: 'The record attempted to be created already exists.',
  RateLimited: 'The request has been rate-limited.',
  BreakingChanges: 'The request would introduce breaking changes.',
  ResourceLockedConflict: 'The resource is currently locked and cannot be operated on until the lock is released.',
  Unknown: 'An unknown error occurred.',
  Internal: 'An internal error occurred.',
  Conflict: 'The request conflicts with the current state of the resource.',
  Unavailable: 'The service is unavailable.',
  Timeout: 'The request took too long to complete.',
}
