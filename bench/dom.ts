import { JSDOM } from 'jsdom'

/**
 * Makes this Node process look like a browser page to react-dom: jsdom's window properties become
 * globals (those Node already has, such as `performance` or `setTimeout`, are left alone). Call it
 * before react-dom is first imported: react-dom decides at load time whether a DOM exists.
 */
export function installDom(): Window {
  const { window } = new JSDOM('<!doctype html><html><body></body></html>', {
    pretendToBeVisual: true,
    url: 'http://127.0.0.1/',
  })
  const define = (key: string, value: unknown) =>
    Object.defineProperty(globalThis, key, { configurable: true, writable: true, value })
  define('window', window)
  define('document', window.document)
  define('navigator', window.navigator)
  const source = window as unknown as Record<string, unknown>
  for (const key of Object.getOwnPropertyNames(window)) {
    if (key in globalThis) continue
    Object.defineProperty(globalThis, key, { configurable: true, get: () => source[key] })
  }
  return window
}
