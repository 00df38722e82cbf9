export { ApiError } from './error/ApiError.js'
export { isApiError } from './error/isApiError.js'
export { parseApiError } from './parse/parseApiError.js'
export { readApiError } from './parse/readApiError.js'
export { parseRetryAfter } from './parse/parseRetryAfter.js'
export { createRetryPolicy } from './retry/createRetryPolicy.js'
export { apiErrorTypes } from './error/taxonomy.js'
export type {
  ApiErrorAction,
  ApiErrorCause,
  ApiErrorInit,
  ApiErrorJSON,
  ApiErrorRequest,
  ApiErrorType,
  FieldError,
  RequestLike,
} from './error/types.js'
export type { ApiErrorAliases, ParseApiErrorOptions, ReadApiErrorOptions } from './parse/types.js'
export type { RetryPolicy, RetryPolicyOptions } from './retry/types.js'
export { createAuthCoordinator } from './auth/createAuthCoordinator.js'
export type { AuthCoordinator, AuthCoordinatorOptions, AuthRefresh, AuthSnapshot, AuthStatus } from './auth/types.js'
export { createApiFetch } from './fetch/createApiFetch.js'
export type { ApiFetch } from './fetch/createApiFetch.js'
export type { AccessTokenGetter, ApiFetchOptions, FetchImplementation } from './fetch/normalizeApiFetchOptions.js'
export type { RateLimitGateScope } from './retry/createRateLimitGate.js'
export { createCrossTab } from './tabs/createCrossTab.js'
export type { CrossTabOptions } from './tabs/createCrossTab.js'
export type { CrossTab } from './tabs/protocol.js'
export { getFieldError } from './fields/getFieldError.js'
export { toFieldErrorMap } from './fields/toFieldErrorMap.js'
export { explainApiError } from './explain/explainApiError.js'
export type { ApiErrorEvidence, ApiErrorExplanation } from './explain/types.js'
export { createApiErrorReporter } from './report/createApiErrorReporter.js'
export type { ApiErrorReport, ApiErrorReporterOptions, ApiErrorReportTags } from './report/createApiErrorReporter.js'
