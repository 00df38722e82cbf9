import { parseApiError } from '../../core/index.js'
import type { ApiError, ApiErrorAliases, ApiErrorType } from '../../core/index.js'
import { serverMessage } from '../../core/error/serverText.js'
import { functionOption } from '../../core/shared/options.js'
import { truncate } from '../../core/shared/truncate.js'
import { catalogText } from '../catalog/catalogText.js'
import type { ApiErrorTranslate, CatalogText } from '../catalog/catalogText.js'
import en from '../locales/en.js'
import { getErrorSeverity } from './getErrorSeverity.js'
import { supportReference } from './supportReference.js'
import type { ApiErrorSeverity } from './getErrorSeverity.js'
import { mergeMessages } from '../catalog/mergeMessages.js'
import type { ApiErrorCatalog, ApiErrorMessages } from '../catalog/types.js'

const MAX_DETAIL = 200
const NEVER_SHOW_SERVER_TEXT: readonly ApiErrorType[] = ['Unknown', 'Internal']

/** Whether a 4xx server message may be shown as a detail: a yes/no, or a decision per error. */
export type ShowServerMessages = boolean | ((error: ApiError) => boolean)

export interface DescribeApiErrorOptions {
  /** A catalog (`import fr from 'react-api-errors/messages/fr'`) or overrides over English. */
  messages?: ApiErrorCatalog | ApiErrorMessages
  /** The language whose plural rules pick a counted form; defaults to the catalog's. */
  locale?: string
  /** An adapter to your i18n library, as `ApiErrorProvider` takes it. */
  translate?: ApiErrorTranslate
  /** As `ApiErrorProvider`'s: default false; 5xx, Unknown and Internal text is never shown. */
  showServerMessages?: ShowServerMessages
  /** Your API's own codes, for an error not parsed yet (as for `parseApiError`). */
  aliases?: ApiErrorAliases
}

/** The words for one failure, as the banner shows them. */
export interface ApiErrorDescription {
  type: ApiErrorType
  severity: ApiErrorSeverity
  title: string
  description: string
  /** The label of the action the error calls for; absent for `none` and `fixInput`. */
  actionLabel?: string
  /** `Details: …` with a 4xx server message, truncated, only where `showServerMessages` allows. */
  detail?: string
  /** `Reference: {id}`, for support: only when the id looks like an identifier, bidi-isolated. */
  reference?: string
}

/** The one implementation behind `describeApiError` and `useApiError`: `text` resolves catalog paths. */
export function describeWith(
  error: ApiError,
  text: CatalogText,
  showServerMessages: ShowServerMessages = false,
): ApiErrorDescription {
  const { type, action } = error
  // A failed payment (a declined card) is its own state of PaymentRequired, not an upgrade.
  const copy = action === 'updatePayment' ? 'paymentFailed' : `types.${type}`
  const description: ApiErrorDescription = {
    type,
    severity: getErrorSeverity(error),
    title: text(`${copy}.title`),
    description: text(`${copy}.description`),
  }
  if (action !== 'none' && action !== 'fixInput')
    description.actionLabel = text(
      action === 'upgrade' && type === 'QuotaExceeded' ? 'actions.raiseQuota' : `actions.${action}`,
    )
  const detail = serverDetail(error, showServerMessages)
  if (detail) description.detail = text('serverDetail', { detail })
  const reference = supportReference(error.id)
  if (reference) description.reference = text('reference', { id: reference })
  return description
}

function serverDetail(error: ApiError, allow: ShowServerMessages): string | undefined {
  const message = serverMessage(error)
  if (!message || NEVER_SHOW_SERVER_TEXT.includes(error.type) || !(typeof allow === 'function' ? allow(error) : allow))
    return undefined
  return truncate(message.trim(), MAX_DETAIL) || undefined
}

/**
 * The copy `useApiError` and `ErrorBanner` show for a failure — title, description, action label,
 * detail, reference — without React: for toasts, notifications and logs. Accepts anything
 * `parseApiError` does. `Aborted` is never shown: its title and description are empty.
 */
export function describeApiError(error: unknown, options: DescribeApiErrorOptions = {}): ApiErrorDescription {
  const { messages, locale, translate, showServerMessages, aliases } = options ?? {}
  functionOption(
    'describeApiError',
    'translate',
    translate,
    __DEV__ && 'Pass (key, values) => string | undefined, or leave it out.',
  )
  const catalog = mergeMessages(en, messages)
  return describeWith(parseApiError(error, { aliases }), catalogText(catalog, translate, locale), showServerMessages)
}
