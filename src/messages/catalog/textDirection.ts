/** Scripts written right to left (ISO 15924), as `Intl.Locale#maximize()` names them. */
const RTL_SCRIPTS = new Set(['Adlm', 'Arab', 'Hebr', 'Mand', 'Nkoo', 'Rohg', 'Samr', 'Syrc', 'Thaa'])

/**
 * The direction a language is written in: `rtl` for Arabic, Hebrew, Persian, Urdu … (`ar`,
 * `he-IL`, `az-Arab`), `ltr` for everything else and for tags that are not valid BCP 47. Uses the
 * locale's likely script, which every engine knows (`Intl.Locale#getTextInfo` is not everywhere).
 */
export function textDirection(locale: string): 'ltr' | 'rtl' {
  try {
    return RTL_SCRIPTS.has(new Intl.Locale(locale).maximize().script ?? '') ? 'rtl' : 'ltr'
  } catch {
    return 'ltr'
  }
}
