const ESCAPE = /%[\da-f]{2}/gi

/**
 * `text` with its `%XX` escapes decoded byte by byte, also when some are malformed (`%ZZ`, a lone
 * `%`, a cut UTF-8 sequence), which `decodeURIComponent` refuses: those stay as written, and bytes
 * above 0x7F become one character each. Good enough to find ASCII separators and names in it.
 */
export const percentDecode = (text: string): string =>
  text.replace(ESCAPE, (escape) => String.fromCharCode(parseInt(escape.slice(1), 16)))
