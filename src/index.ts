'use client'
// The root entry: core + React layer + components, with English copy.
export * from './core/index.js'
export { applyFieldErrors, describeApiError, en } from './messages/index.js'
export type {
  ApiErrorCatalog,
  ApiErrorCopy,
  ApiErrorMessages,
  PluralMessage,
  VisibleApiErrorType,
} from './messages/index.js'
export type {
  ApiErrorDescription,
  ApplyFieldErrorsOptions,
  DescribeApiErrorOptions,
  SetFieldError,
  ShowServerMessages,
} from './messages/index.js'
export {
  ApiErrorProvider,
  useApiError,
  useDescribeApiErrorOptions,
  useReauthPrompt,
  useRetryCountdown,
} from './react/index.js'
export type {
  ApiErrorProviderProps,
  ApiErrorSeverity,
  ApiErrorState,
  ApiErrorTranslate,
  ReauthPromptState,
  RetryCountdownState,
  UseApiErrorOptions,
  UseRetryCountdownOptions,
} from './react/index.js'
export * from './components/index.js'
