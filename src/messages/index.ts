export type {
  ApiErrorCatalog,
  ApiErrorCopy,
  ApiErrorMessages,
  PluralMessage,
  VisibleApiErrorType,
} from './catalog/types.js'
export { isPluralMessage } from './catalog/pluralForm.js'
export { formatMessage } from './catalog/formatMessage.js'
export type { MessageValues } from './catalog/formatMessage.js'
export { mergeMessages } from './catalog/mergeMessages.js'
export { textDirection } from './catalog/textDirection.js'
export { default as en } from './locales/en.js'
export { getErrorSeverity } from './describe/getErrorSeverity.js'
export type { ApiErrorSeverity } from './describe/getErrorSeverity.js'
export { describeApiError } from './describe/describeApiError.js'
export type { ApiErrorDescription, DescribeApiErrorOptions, ShowServerMessages } from './describe/describeApiError.js'
export type { ApiErrorTranslate } from './catalog/catalogText.js'
export { applyFieldErrors } from './forms/applyFieldErrors.js'
export type { ApplyFieldErrorsOptions, SetFieldError } from './forms/applyFieldErrors.js'
