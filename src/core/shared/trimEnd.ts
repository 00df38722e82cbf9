/** `text` without the run of `chars` at its end (`'a/b//'`, `'/'` → `'a/b'`). A plain scan, linear on any text. */
export function trimEnd(text: string, chars: string): string {
  let end = text.length
  while (end > 0 && chars.includes(text.charAt(end - 1))) end--
  return text.slice(0, end)
}
