import { beforeEach } from 'vitest'

/**
 * Everything the page said, as it said it: every text that was ever in the document during the
 * test (a MutationObserver records each change), so a message shown for one frame is caught.
 * Call it once per file, at the top level of a describe.
 */
export function recordTexts() {
  const seen = new Set<string>()
  const record = () => void seen.add(document.body.textContent ?? '')
  const observer = new MutationObserver(record)
  observer.observe(document.body, { subtree: true, childList: true, characterData: true })
  // Each test starts with what is on the page now (the previous test's page is unmounted by then).
  beforeEach(() => {
    observer.takeRecords()
    seen.clear()
    record()
  })
  return { ever: (text: string) => [...seen].some((page) => page.includes(text)) }
}
