/**
 * Reads one header, as clients hand them over (a `Headers`, axios's `AxiosHeaders`, or a plain
 * object), case-insensitively; arrays give their first value. Never throws.
 */
export function getHeader(headers: unknown, name: string): string | undefined {
  if (typeof headers !== 'object' || headers === null) return undefined
  try {
    const get = (headers as { get?: unknown }).get
    let value: unknown
    if (typeof get === 'function') value = get.call(headers, name)
    if (value === undefined || value === null) {
      const key = Object.keys(headers).find((k) => k.toLowerCase() === name)
      value = key === undefined ? undefined : (headers as Record<string, unknown>)[key]
    }
    if (Array.isArray(value)) value = value[0]
    return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined
  } catch {
    return undefined
  }
}
