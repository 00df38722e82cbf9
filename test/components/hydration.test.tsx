// Hydration: the markup a server rendered (test/support/serverTree.ts, rendered here with
// react-dom/server) is adopted by hydrateRoot without a mismatch or a warning — the retry
// countdown included: its first client render says what the server said.
import { act } from '@testing-library/react'
import { hydrateRoot } from 'react-dom/client'
import { renderToString } from 'react-dom/server'
import { afterEach, expect, it, vi } from 'vitest'
import { serverTree } from '../support/serverTree.js'

const roots: Array<{ unmount(): void }> = []
afterEach(() => {
  for (const root of roots.splice(0)) act(() => root.unmount())
  document.body.innerHTML = ''
})

it.each(['en', 'fr'] as const)('hydrates every component without a mismatch (%s)', async (locale) => {
  const html = renderToString(serverTree(locale))
  const container = document.createElement('div')
  container.innerHTML = html
  document.body.append(container)
  const serverNodes = [...container.querySelectorAll('.rae-countdown, .rae-banner, .rae-offline')]
  const error = vi.spyOn(console, 'error')
  const warn = vi.spyOn(console, 'warn')
  const recoverable = vi.fn()
  await act(async () => {
    roots.push(hydrateRoot(container, serverTree(locale), { onRecoverableError: recoverable }))
  })
  expect(recoverable).not.toHaveBeenCalled()
  expect(error).not.toHaveBeenCalled()
  expect(warn).not.toHaveBeenCalled()
  // The client adopted the server's nodes, and the countdown still says what the server said.
  // (A mismatch would make React render the client tree afresh, replacing these nodes.)
  expect(serverNodes.length).toBeGreaterThan(5)
  expect(serverNodes.every((node) => container.contains(node))).toBe(true)
  expect(container.querySelectorAll('.rae-countdown')).toHaveLength(2)
  expect(container.textContent).toContain(locale === 'en' ? 'Retrying in 30 s' : 'Nouvel essai dans 30\u00a0s')
  expect(container.textContent).toContain(
    locale === 'en' ? 'You can retry in 30 s' : 'Nouvel essai possible dans 30\u00a0s',
  )
})
