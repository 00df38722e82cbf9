// Server rendering: every entry imports in Node without DOM globals, and every component renders
// to a string without a warning (the hydration half is test/components/hydration.test.tsx).
import { renderToString } from 'react-dom/server'
import { describe, expect, it, vi } from 'vitest'
import { en } from '../../src/index.js'
import fr from '../../src/messages/locales/fr.js'
import { serverTree } from '../support/serverTree.js'

describe('on a server (Node, no DOM)', () => {
  it('has no window or document, and every entry imports', async () => {
    expect(typeof window).toBe('undefined')
    expect(typeof document).toBe('undefined')
    const entries = await Promise.all([
      import('../../src/index.js'),
      import('../../src/core/index.js'),
      import('../../src/query/index.js'),
      import('../../src/messages/locales/fr.js'),
      import('../../src/testing/index.js'),
    ])
    expect(entries.map((entry) => Object.keys(entry).length > 0)).toEqual([true, true, true, true, true])
  })

  it.each([
    ['en', en],
    ['fr', fr],
  ] as const)('renders every component to a string without a warning (%s)', (locale, catalog) => {
    const error = vi.spyOn(console, 'error')
    const warn = vi.spyOn(console, 'warn')
    const html = renderToString(serverTree(locale))
    expect(error).not.toHaveBeenCalled()
    expect(warn).not.toHaveBeenCalled()
    for (const text of [
      catalog.types.RateLimited.title,
      catalog.types.InvalidDataFormat.title,
      catalog.types.ResourceNotFound.title,
      catalog.types.Internal.title,
    ]) {
      expect(html).toContain(text.replace(/'/g, '&#x27;'))
    }
    expect(html).toContain('is already registered')
    // Nothing is known to be offline on a server: the live region is there, empty.
    expect(html).toMatch(/<div role="status"[^>]*class="rae-offline"><\/div>/)
  })
})
