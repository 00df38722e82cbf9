import type { ApiErrorType } from '../error/types.js'

/**
 * Vendor codes seen in real APIs, by the type they mean, space-separated and written normalised
 * (`normalizeCode`: lower case, no punctuation, no AWS namespace `…#`, no trailing `Exception` or
 * `Error`), so `ThrottlingException` is `throttling` and `rate_limit_error` is `ratelimit`. The 29
 * type names always match on their own.
 * Sources: each vendor's error reference (see test/core/fixtures/real-responses.json).
 */
export const vendorCodes: Readonly<Partial<Record<ApiErrorType, string>>> = {
  Unauthorized:
    'unauthenticated invalidtoken tokenexpired invalidgrant invalidcredentials apikeyinvalid invalidauth notauthed missingauthenticationtoken 10000',
  Forbidden: 'permission permissiondenied accessdenied insufficientscope missingscope',
  PaymentRequired: 'carddeclined instrumentdeclined outofcredit',
  QuotaExceeded: 'insufficientquota dailylimitexceeded requestlimitexceeded',
  RateLimited:
    'toomanyrequests resourceexhausted ratelimitexceeded userratelimitexceeded throttled throttledrequest throttling provisionedthroughputexceeded',
  ResourceNotFound: 'resourcegone resourcemissing notexists pgrst116',
  AlreadyExists: 'duplicatevalue nametaken 23505 81053 81057',
  Conflict: 'conditionalcheckfailed constraintviolation',
  ReferenceConstraint: '23503',
  ResourceLockedConflict: 'resourceinuse locktimeout',
  InvalidDataFormat: 'validation validationfailed',
  InvalidQuery:
    'graphqlvalidationfailed graphqlparsefailed parsefailed malformedquery invalidfield exceededidlimit pgrst100',
  InvalidPayload: 'badrequest baduserinput invalidarguments',
  LimitExceeded: 'contextlengthexceeded',
  MethodNotFound: 'unknownmethod unknownoperation',
  Timeout: 'operationtimeout requesttimeout',
  Unavailable: 'serviceunavailable',
  Internal: 'internalserver fatal',
}

/** A code ending in `notfound` means ResourceNotFound whatever comes before (`itemNotFound`, `channel_not_found`). */
export const NOT_FOUND_ENDING = 'notfound'
