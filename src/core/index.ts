export { ApiError } from './ApiError.js'
export { isApiError } from './isApiError.js'
export { parseApiError } from './parseApiError.js'
export { readApiError } from './readApiError.js'
export { parseRetryAfter } from './parseRetryAfter.js'
export { createRetryPolicy } from './createRetryPolicy.js'
export { apiErrorTaxonomy, apiErrorTypes } from './taxonomy.js'
export type { ApiErrorTypeInfo } from './taxonomy.js'
export { defaultApiErrorAliases } from './aliases.js'
export type {
  ApiErrorAction,
  ApiErrorAliases,
  ApiErrorCause,
  ApiErrorInit,
  ApiErrorJSON,
  ApiErrorRequest,
  ApiErrorType,
  FieldError,
  ParseApiErrorOptions,
  ReadApiErrorOptions,
  RequestLike,
  RetryPolicy,
  RetryPolicyOptions,
} from './types.js'
export { createAuthCoordinator } from './createAuthCoordinator.js'
export type { AuthCoordinator, AuthCoordinatorOptions, AuthRefresh, AuthSnapshot, AuthStatus } from './createAuthCoordinator.js'
export { createApiFetch } from './createApiFetch.js'
export type { ApiFetch } from './createApiFetch.js'
export type { AccessTokenGetter, ApiFetchOptions, FetchImplementation } from './normalizeApiFetchOptions.js'
export type { RateLimitGateScope } from './createRateLimitGate.js'
export type { CrossTabOption } from './crossTabName.js'
export { getFieldError } from './getFieldError.js'
export { toFieldErrorMap } from './toFieldErrorMap.js'
export { createApiErrorReporter } from './createApiErrorReporter.js'
export type { ApiErrorReport, ApiErrorReporterOptions, ApiErrorReportTags } from './createApiErrorReporter.js'
