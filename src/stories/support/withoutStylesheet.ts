/**
 * A story `beforeEach` that turns the kit's stylesheet off for one story (the preview imports it
 * for every story) and back on after it: the README calls the stylesheet optional, so the
 * components must read and behave correctly without it. Finds the sheet by its `.rae-` rules, so
 * it works for Vite's dev `<style>` tags and for a built `<link>` alike.
 */
export function withoutStylesheet(): () => void {
  const sheets = [...document.styleSheets].filter((sheet) => !sheet.disabled && ownsKitRules(sheet))
  for (const sheet of sheets) sheet.disabled = true
  return () => {
    for (const sheet of sheets) sheet.disabled = false
  }
}

function ownsKitRules(sheet: CSSStyleSheet): boolean {
  try {
    return [...sheet.cssRules].some((rule) => rule instanceof CSSStyleRule && rule.selectorText.includes('.rae-banner'))
  } catch {
    // A cross-origin sheet cannot be read; it is not ours.
    return false
  }
}

/** Whether the kit's rules apply right now (a story asserts it really runs without them). */
export function kitStylesheetApplies(): boolean {
  return [...document.styleSheets].some((sheet) => !sheet.disabled && ownsKitRules(sheet))
}
