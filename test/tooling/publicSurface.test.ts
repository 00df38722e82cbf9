// Every value an app can import is documented in the README: what is not documented is not
// exported (tests reach internal modules from test/unit/ instead).
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { distinct, publicNames } from '../../scripts/publicNames.js'
import { createAuthCoordinator } from '../../src/core/index.js'

const readme = readFileSync('README.md', 'utf8')
const names = publicNames()

describe('the public surface', () => {
  it('documents every exported value in the README', () => {
    const values = distinct(names.values).filter((name) => name !== 'default')
    expect(values.length).toBeGreaterThan(20)
    const undocumented = values.filter((name) => !new RegExp(`\`${name}\\b|\\b${name}\\(`).test(readme))
    expect(undocumented).toEqual([])
  })

  it('keeps the helpers tests once reached for out of every entry', () => {
    const all = distinct(names.values)
    for (const internal of [
      'formatMessage',
      'getErrorSeverity',
      'apiErrorTaxonomy',
      'defaultApiErrorAliases',
      'API_ERRORS_META_KEY',
      'createNotificationStore',
    ])
      expect(all).not.toContain(internal)
  })

  it('hides the coordinator protocol: a coordinator shows only its public members', () => {
    const auth = createAuthCoordinator()
    expect(Object.keys(auth).sort()).toEqual([
      'completeSignIn',
      'generation',
      'getSnapshot',
      'reauthenticate',
      'subscribe',
    ])
  })
})

describe('the size ceilings', () => {
  it('are the same numbers in the README as in .size-limit.json', () => {
    const limits = JSON.parse(readFileSync('.size-limit.json', 'utf8')) as Array<{ name: string; limit: string }>
    const section = readme.slice(readme.indexOf('### Budgets and benchmarks'))
    const stated = [...section.matchAll(/^- .*?: ([\d.]+ kB)(?:; .*?: ([\d.]+ kB))?$/gm)].flatMap((m) =>
      m.slice(1).filter(Boolean),
    )
    expect(new Set(stated)).toEqual(new Set(limits.map((entry) => entry.limit)))
  })
})
