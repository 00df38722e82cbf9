/** Where focus goes when the element to return to is gone: the main landmark, else <body>. */
const FALLBACK = 'main, [role="main"]'

/**
 * `focusVisible: false` (not in TypeScript's DOM types yet): the browser draws no focus ring around
 * a landmark that only holds focus for a moment; browsers without the option ignore it.
 */
const NO_RING = { focusVisible: false } as FocusOptions

function focusFallback(): Element | null {
  const main = document.querySelector<HTMLElement>(FALLBACK)
  if (!main) return document.body
  // As skip links do: a landmark takes programmatic focus with tabindex="-1" and stays out of the Tab order.
  if (!main.hasAttribute('tabindex')) main.setAttribute('tabindex', '-1')
  main.focus(NO_RING)
  return document.activeElement
}

/** Focus is nowhere the user or the page put it: on <body>, or on nothing. */
const focusLost = () => document.activeElement === null || document.activeElement === document.body

/**
 * Returns focus to `target` when a dialog closes, if focus was lost with the dialog (a page that
 * already focused something of its own, such as a sign-in page's first input, keeps it). A Save
 * button disabled while its request is replayed cannot take focus yet: focus waits on the main
 * landmark (or <body>), with no focus ring, and moves to the button as soon as it can take it,
 * unless the user has moved focus elsewhere meanwhile or the button left the page. Without a
 * target (nothing was focused), the main landmark gets focus. Returns the function that stops a
 * restore still waiting: each dialog owns its own.
 */
export function restoreFocus(target: HTMLElement | null): () => void {
  const done = () => undefined
  if (!focusLost()) return done
  if (target?.isConnected) {
    target.focus()
    if (document.activeElement === target) return done
  }
  const interim = focusFallback()
  if (!target?.isConnected) return done
  const stillWaiting = () => focusLost() || document.activeElement === interim
  const observer = new MutationObserver(() => {
    if (!target.isConnected || !stillWaiting()) return stop()
    target.focus()
    if (document.activeElement === target) stop()
  })
  const onFocusIn = (event: FocusEvent) => {
    if (event.target !== target && event.target !== interim) stop()
  }
  const stop = () => {
    observer.disconnect()
    document.removeEventListener('focusin', onFocusIn)
  }
  // `disabled`, `inert` or `hidden` may be lifted on the element or on any ancestor (a fieldset, a form).
  observer.observe(document.body, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['disabled', 'inert', 'hidden', 'aria-disabled', 'style', 'class'],
  })
  document.addEventListener('focusin', onFocusIn)
  return stop
}
