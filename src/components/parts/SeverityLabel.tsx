import { useApiErrorText } from '../../react/index.js'
import type { ApiErrorSeverity } from '../../react/index.js'

/** The severity written out before a title (`Error:`, `Erreur :`), so it never rests on colour or an icon alone. */
export function SeverityLabel({ severity, className }: { severity: ApiErrorSeverity; className: string }) {
  const { text } = useApiErrorText()
  return (
    <>
      <span className={className}>{text('severityLabel', { severity: text(`severity.${severity}`) })}</span>{' '}
    </>
  )
}
