import { abortable } from '../shared/abortable.js'
import { deadline } from '../shared/deadline.js'
import { isApiError } from '../error/isApiError.js'
import { numberOption } from '../shared/options.js'
import { fromFailure } from './fromFailure.js'
import { parseApiError } from './parseApiError.js'
import type { ApiError } from '../error/ApiError.js'
import type { ReadApiErrorOptions } from './types.js'
import type { RequestLike } from '../error/types.js'
import { isResponseLike, unwrap } from './unwrap.js'

const DEFAULT_MAX_BODY_BYTES = 64 * 1024

/**
 * The async `parseApiError`, for failures whose body is still unread: a fetch `Response`, or a
 * client's error holding one (ky's `HTTPError`). At most `maxBodyBytes` (64 KiB) are read through
 * the stream and the rest is cancelled, so a huge body cannot stall the app; `timeoutMs` and
 * `signal` bound the time, so an endless trickling one cannot either (then the status and headers
 * decide). Never rejects, but for misuse of its options.
 */
export async function readApiError(
  input: unknown,
  request?: RequestLike,
  options: ReadApiErrorOptions = {},
): Promise<ApiError> {
  const timeoutMs = numberOption('readApiError', 'timeoutMs', options.timeoutMs, undefined, 1)
  const parseOptions = request === undefined ? options : { ...options, request }
  if (isApiError(input)) return input
  const time = deadline(options.signal instanceof AbortSignal ? options.signal : undefined, timeoutMs)
  try {
    const parts = unwrap(input)
    const response = isResponseLike(input) ? input : (input as { response?: unknown }).response
    if (parts.body === undefined && isResponseLike(response) && !response.bodyUsed && response.body) {
      parts.body = await readCapped(response.body, options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES, time.signal)
    }
    return fromFailure(parts, parseOptions)
  } catch {
    return parseApiError(input, parseOptions)
  } finally {
    time.dispose()
  }
}

/** Up to `maxBytes` of `body` as text; rejects when `signal` aborts first. The rest is cancelled either way. */
async function readCapped(body: ReadableStream<Uint8Array>, maxBytes: number, signal: AbortSignal): Promise<string> {
  const reader = body.getReader()
  const decoder = new TextDecoder()
  let text = ''
  let left = Math.max(0, maxBytes)
  try {
    while (left > 0) {
      const { done, value } = await abortable(reader.read(), signal)
      if (done || !ArrayBuffer.isView(value)) break
      const chunk = value.subarray(0, left)
      left -= chunk.byteLength
      text += decoder.decode(chunk, { stream: true })
    }
  } finally {
    // Whatever is left stays on the wire: stop the download.
    reader.cancel().catch(() => undefined)
  }
  return text + decoder.decode()
}
