import type { ApiError } from '../../core/index.js'

/** How an error is announced: `error` interrupts (role="alert"); `warning` and `info` wait (role="status"). */
export type ApiErrorSeverity = 'error' | 'warning' | 'info'

/**
 * Errors that fix themselves are not alarms: a rate limit recovers on its own (info); a dropped
 * connection, a timeout, an outage or a lock is worth a retry (warning). The rest block the user.
 */
export function getErrorSeverity(error: ApiError): ApiErrorSeverity {
  switch (error.type) {
    case 'RateLimited':
      return 'info'
    case 'Network':
    case 'Timeout':
    case 'Unavailable':
    case 'ResourceLockedConflict':
      return 'warning'
    default:
      return 'error'
  }
}
