// Someone who installed the package has only the README: each name it lists under an entry must be
// importable from that entry, and the entries it names must be the package's.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const readme = readFileSync('README.md', 'utf8')
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { exports: Record<string, unknown> }
const install = readme.slice(readme.indexOf('## Install'), readme.indexOf('\n## ', readme.indexOf('## Install') + 1))

/** The Install section's list: each entry with the names given for it. */
const entries = [...install.matchAll(/^- `(react-api-errors[^`]*)`([^]*?)(?=^- |\n\n|$(?![^]))/gm)].map(
  ([, entry, text]) => ({
    entry: entry!,
    names: [...text!.matchAll(/`(\w+)`/g)].map((m) => m[1]!).filter((name) => !/^(?:de|es|ja|ar)$/.test(name)),
  }),
)

const sources: Record<string, () => Promise<Record<string, unknown>>> = {
  'react-api-errors': () => import('../../src/index.js'),
  'react-api-errors/core': () => import('../../src/core/index.js'),
  'react-api-errors/query': () => import('../../src/query/index.js'),
  'react-api-errors/messages/fr': () => import('../../src/messages/locales/fr.js'),
}

describe('the README says where each name is imported from', () => {
  it('lists the entries, each one the package exports', () => {
    expect(entries.map(({ entry }) => entry)).toEqual([...Object.keys(sources), 'react-api-errors/styles.css'])
    for (const { entry } of entries) expect(pkg.exports).toHaveProperty([entry.replace('react-api-errors', '.')])
  })

  it.each(Object.keys(sources))('every name listed under %s is exported by it', async (entry) => {
    const module = await sources[entry]!()
    const { names } = entries.find((listed) => listed.entry === entry)!
    const expected = entry.startsWith('react-api-errors/messages/') ? ['default'] : names
    expect(expected.length).toBeGreaterThan(0)
    for (const name of expected) expect(module, name).toHaveProperty([name])
  })

  it('the names the issue found without an import path have one', () => {
    const listed = entries.flatMap(({ names }) => names)
    for (const name of [
      'describeApiError',
      'OfflineBanner',
      'createOfflineStore',
      'applyFieldErrors',
      'toFieldErrorMap',
    ])
      expect(listed).toContain(name)
  })
})
