import type { ApiErrorSeverity } from '../../react/index.js'

// A different shape for each severity (octagon, triangle, circle), so colour is never the only cue.
const PATHS: Record<ApiErrorSeverity, string> = {
  error: 'M7 2h10l5 5v10l-5 5H7l-5-5V7zM8.5 8.5l7 7m0-7-7 7',
  warning: 'M12 3 2 21h20zM12 10v5m0 2.5v.5',
  info: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zM12 11v6m0-9.5v.5',
}

/** Decorative: the severity is also written out in text next to it. */
export function SeverityIcon({ severity }: { severity: ApiErrorSeverity }) {
  return (
    <svg
      className="rae-icon"
      viewBox="0 0 24 24"
      width="20"
      height="20"
      aria-hidden="true"
      focusable="false"
      data-severity={severity}
    >
      <path
        d={PATHS[severity]}
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  )
}
