import type { ApiErrorType } from '../error/types.js'

// How engines word a request that never got a response: Chrome, Firefox, Safari (three ways),
// React Native / whatwg-fetch, Node's undici, and axios.
const NETWORK_MESSAGE =
  /failed to fetch|networkerror when attempting|load failed|network connection was lost|internet connection appears to be offline|network request failed|fetch failed|network error|socket hang up/i
const TIMEOUT_CODE = /^(ETIMEDOUT|ESOCKETTIMEDOUT|ECONNABORTED|UND_ERR_(CONNECT|HEADERS|BODY)_TIMEOUT)$/
const NETWORK_CODE =
  /^(ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|ENETDOWN|EPIPE|UND_ERR_SOCKET|ERR_NETWORK)$/

/**
 * Classifies a thrown value that carries no response: aborts, timeouts and network failures,
 * looking through `cause` chains (undici, ofetch) a few levels deep. `undefined` when it is none.
 */
export function typeForTransport(error: unknown, depth = 0): ApiErrorType | undefined {
  if (typeof error !== 'object' || error === null || depth > 3) return undefined
  const { name, code, message, cause } = error as { name?: unknown; code?: unknown; message?: unknown; cause?: unknown }
  if (name === 'AbortError' || name === 'CanceledError' || code === 'ERR_CANCELED') return 'Aborted'
  if (name === 'TimeoutError' || (typeof code === 'string' && TIMEOUT_CODE.test(code))) return 'Timeout'
  const nested = typeForTransport(cause, depth + 1)
  if (nested) return nested
  if (typeof code === 'string' && NETWORK_CODE.test(code)) return 'Network'
  return typeof message === 'string' && NETWORK_MESSAGE.test(message) ? 'Network' : undefined
}
