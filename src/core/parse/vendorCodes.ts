import type { ApiErrorType } from '../error/types.js'

/**
 * The exceptions: vendor codes whose words say nothing (numbers) or something else than they mean,
 * by the type they mean, space-separated and written normalised (`normalizeCode`: lower case, no
 * punctuation, no AWS namespace `…#`, no trailing `Exception` or `Error`). Everything a code says
 * in plain words (`card_declined`, `ThrottlingException`, `channel_not_found`) is read by
 * `typeForWords` instead; the 29 type names always match on their own.
 * Sources: each vendor's error reference (see test/core/fixtures/real-responses.json).
 */
export const vendorCodes: Readonly<Partial<Record<ApiErrorType, string>>> = {
  // Cloudflare's "Invalid API key" code.
  Unauthorized: '10000',
  // Salesforce's daily API limit.
  QuotaExceeded: 'requestlimitexceeded',
  // gRPC's canonical RESOURCE_EXHAUSTED, and Google's per-minute QUOTA_EXHAUSTED, are rate limits.
  RateLimited: 'resourceexhausted quotaexhausted',
  // PostgREST: no row for `.single()`.
  ResourceNotFound: 'pgrst116',
  // SQLSTATE unique_violation; Cloudflare's record already exists.
  AlreadyExists: '23505 81053 81057',
  // DynamoDB's failed condition; Hasura's constraint violation.
  Conflict: 'conditionalcheckfailed constraintviolation',
  // SQLSTATE foreign_key_violation.
  ReferenceConstraint: '23503',
  // AWS: the resource is being created, changed or deleted (not a name in use).
  ResourceLockedConflict: 'resourceinuse',
  // GraphQL validation is about the query; Salesforce's SOQL field and id limit; PostgREST's bad filter.
  InvalidQuery: 'graphqlvalidationfailed invalidfield exceededidlimit pgrst100',
}
