import type { ApiErrorProviderProps } from '../../index.js'
import { ApiErrorProvider } from '../../index.js'
import { useApiErrorContext } from '../../react/index.js'

/**
 * An `ApiErrorProvider` nested in the one the preview decorator mounts: it keeps the Locale
 * toolbar's catalog and adds what the story needs (callbacks, auth coordinator, server messages).
 */
export function StoryProvider({ messages, locale, ...props }: ApiErrorProviderProps) {
  const outer = useApiErrorContext()
  return <ApiErrorProvider messages={messages ?? outer.catalog} locale={locale ?? outer.locale} {...props} />
}
