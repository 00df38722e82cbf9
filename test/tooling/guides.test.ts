// The Storybook guides (src/docs/*.mdx) teach what the README teaches: their snippets import every
// name of the kit they use, from the entry that exports it, and the re-authentication guide states
// the README's contract between the provider's `onSignIn`, `<ReauthDialog />` and `completeSignIn`.
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import * as root from '../../src/index.js'
import * as core from '../../src/core/index.js'
import * as query from '../../src/query/index.js'
import * as testing from '../../src/testing/index.js'

const entries: Record<string, Record<string, unknown>> = {
  'react-api-errors': root,
  'react-api-errors/core': core,
  'react-api-errors/query': query,
  'react-api-errors/testing': testing,
}
const kitNames = new Set(Object.values(entries).flatMap((entry) => Object.keys(entry)))

const guides = readdirSync('src/docs')
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => ({ file, text: readFileSync(`src/docs/${file}`, 'utf8') }))

/** The guide's fenced TypeScript blocks. */
function snippets(text: string): string[] {
  return [...text.matchAll(/^```tsx?\n([\s\S]*?)^```$/gm)].map((match) => match[1] as string)
}

/** `import { a, b as c } from 'react-api-errors…'` → [entry, 'a'], [entry, 'b']. */
function kitImports(code: string): [string, string][] {
  return [...code.matchAll(/^import (?:type )?\{([^}]*)\} from '(react-api-errors[^']*)'/gm)].flatMap((match) =>
    (match[1] as string)
      .split(',')
      .map((name) => name.trim().split(/\s+as\s+/)[0] as string)
      .filter((name) => name !== '' && !name.startsWith('type '))
      .map((name): [string, string] => [match[2] as string, name]),
  )
}

/** One line of prose, as a reader reads it: no line breaks, no double spaces. */
const prose = (text: string) => text.replace(/\s+/g, ' ').trim()

describe('the Storybook guides', () => {
  it('have snippets', () => {
    expect(guides.flatMap(({ text }) => snippets(text)).length).toBeGreaterThan(5)
  })

  it.each(guides)('$file imports each name it uses from the entry that exports it', ({ text }) => {
    for (const code of snippets(text)) {
      const imports = kitImports(code)
      for (const [entry, name] of imports)
        expect({ entry, name, exported: name in (entries[entry] ?? {}) }).toMatchObject({ exported: true })
      const imported = new Set(imports.map(([, name]) => name))
      const used = [...kitNames].filter((name) => name.length > 3 && new RegExp(`\\b${name}\\b`).test(code))
      expect(used.filter((name) => !imported.has(name))).toEqual([])
    }
  })

  it("states the README's sign-in contract word for word", () => {
    const readme = readFileSync('README.md', 'utf8')
    const contract = readme.split('\n\n').find((paragraph) => paragraph.startsWith("`ReauthDialog`'s Sign in"))
    expect(contract).toContain('completeSignIn')
    const guide = guides.find(({ file }) => file === 'Reauthentication.mdx')!
    expect(prose(guide.text)).toContain(prose(contract!))
  })
})
