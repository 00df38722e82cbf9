import { useApiErrorText } from '../../react/index.js'
import type { ApiErrorSeverity } from '../../react/index.js'

/**
 * The severity written out before a title (`Error:`, `Erreur :`), so it never rests on colour or an
 * icon alone. `rae-severity` styles it the same in every component; `className` names it for one.
 */
export function SeverityLabel({ severity, className }: { severity: ApiErrorSeverity; className: string }) {
  const { text } = useApiErrorText()
  return (
    <>
      <span className={`rae-severity ${className}`}>
        {text('severityLabel', { severity: text(`severity.${severity}`) })}
      </span>{' '}
    </>
  )
}
