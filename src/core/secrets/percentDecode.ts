const ESCAPE = /%[\da-f]{2}/i
const isHex = (code: number) => (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 102)

/**
 * `text` with its `%XX` escapes decoded, also when some are malformed (`%ZZ`, a lone `%`, a cut
 * UTF-8 sequence), which `decodeURIComponent` refuses: those stay as written, and bytes above
 * 0x7F become one character each. Good enough to find ASCII separators and names in it.
 */
export function percentDecode(text: string): string {
  if (!ESCAPE.test(text)) return text
  try {
    return decodeURIComponent(text)
  } catch {
    let out = ''
    let kept = 0
    for (let at = text.indexOf('%'); at !== -1; at = text.indexOf('%', at + 1)) {
      if (!isHex(text.charCodeAt(at + 1)) || !isHex(text.charCodeAt(at + 2))) continue
      out += text.slice(kept, at) + String.fromCharCode(parseInt(text.slice(at + 1, at + 3), 16))
      kept = at + 3
    }
    return out + text.slice(kept)
  }
}
