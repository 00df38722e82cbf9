import type { ApiErrorType } from '../error/types.js'

// Words of a wait that ran out: `TimeoutError`, `Request timed out.`, ETIMEDOUT, undici's
// UND_ERR_CONNECT_TIMEOUT, axios's ECONNABORTED, Connect's `[deadline_exceeded]`.
const TIMEOUT = /time(d ?)?out|deadline|econnaborted/i
// Words of a request the app gave up: `AbortError`, `APIUserAbortError`, axios's `canceled`, Connect's `[canceled]`.
const ABORT = /abort|cancel/i
// Words of a request that never got a response: Chrome's `Failed to fetch`, Firefox's
// `NetworkError…`, Safari's `Load failed` and `…appears to be offline`, undici's `fetch failed`,
// `socket hang up` (and undici's UND_ERR_SOCKET), the SDKs' `Connection error.`, and the socket
// codes (ECONNREFUSED, ECONNRESET, ENOTFOUND, EAI_AGAIN, EHOSTUNREACH, ENETDOWN, EPIPE…).
const NETWORK =
  /fetch failed|to fetch|network|load failed|offline|socket|connection ?error|econn|enotfound|eai_again|unreach|enet|epipe/i

/**
 * Classifies a value that carries no response by the words of its name, code and message (and an
 * RTK Query `status` or `error` string), looking through `cause` chains (undici, ofetch), or else a
 * wrapped `error`, a few levels deep: a timeout first, then an abort, then a network failure.
 * `undefined` when it is none (a bug in the calling code is not a network failure).
 */
export function typeForTransport(error: unknown, depth = 0): ApiErrorType | undefined {
  if (typeof error !== 'object' || error === null || depth > 3) return undefined
  const { name, code, message, status, cause, error: inner } = error as Record<string, unknown>
  // A wrapped error reads as `TypeError: fetch failed`, an object as `[object Object]`.
  const words = `${name} ${code} ${message} ${status} ${inner}`
  return TIMEOUT.test(words)
    ? 'Timeout'
    : ABORT.test(words)
      ? 'Aborted'
      : (typeForTransport(cause ?? inner, depth + 1) ?? (NETWORK.test(words) ? 'Network' : undefined))
}
