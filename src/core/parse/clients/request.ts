import { secretsInHeaders } from '../../secrets/secretsInHeaders.js'
import { trimEnd } from '../../shared/trimEnd.js'
import type { RequestLike } from '../../error/types.js'
import { isObject, text } from '../../shared/values.js'
import type { Dict } from '../../shared/values.js'

/**
 * The request a failure answered, as clients keep it: axios's `config` (`baseURL` + `url`), a
 * `Request` or `{ method, url }` (ky, Octokit), a URL string with `options` (ofetch, got), or
 * else the response's or the error's own `url`.
 */
export function requestOf(input: Dict, response: Dict | undefined): RequestLike | undefined {
  const { config, request } = input
  let method = text((input.options as Dict | undefined)?.method)
  let url: string | undefined
  if (isObject(config)) {
    const path = text(config.url)
    const base = text(config.baseURL)
    method = text(config.method)
    url = base && path && !/^[a-z]+:/i.test(path) ? trimEnd(base, '/') + '/' + path.replace(/^\/+/, '') : (path ?? base)
  } else if (typeof request === 'string') url = request
  else if (isObject(request)) {
    method = text(request.method) ?? method
    url = text(request.url)
  }
  url ??= text(response?.url)
  return method || url ? { method, url } : undefined
}

/**
 * The credentials a client kept on its error, in the headers it sent: axios's `config`, ky's,
 * ofetch's and got's `options`, a `Request`, superagent's `response.request.header`.
 */
export const sentSecrets = (input: Dict, response: Dict | undefined): string[] =>
  [input.config, input.options, input.request, response?.request].flatMap((holder) =>
    isObject(holder) ? secretsInHeaders(holder.headers ?? holder.header) : [],
  )
