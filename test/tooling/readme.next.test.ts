// The README's "Next.js" section shows files of the Next.js consumer app (test/next-app), which
// scripts/check-next.sh builds from the packed package and checks in Chromium: each of its code
// blocks must appear verbatim in one of those files.
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { expect, it } from 'vitest'

const root = resolve(import.meta.dirname, '../..')
const readme = readFileSync(join(root, 'README.md'), 'utf8')
const appDir = join(root, 'test/next-app')
const files = readdirSync(appDir, { recursive: true, encoding: 'utf8' })
  .filter((path) => /\.(ts|tsx)$/.test(path))
  .map((path) => ({ path, text: readFileSync(join(appDir, path), 'utf8') }))

const start = readme.indexOf('## Next.js')
const end = readme.indexOf('\n## ', start + 1)
const section = readme.slice(start, end)
const blocks = [...section.matchAll(/```(?:ts|tsx)\n([\s\S]*?)\n```/g)].map((match) => match[1] as string)

it('has a Next.js section with code blocks', () => {
  expect(start).toBeGreaterThan(-1)
  expect(blocks.length).toBeGreaterThanOrEqual(4)
})

it.each(blocks.map((block) => [block.split('\n').find((line) => line.startsWith('export')) ?? block.slice(0, 40), block]))('shows app code verbatim: %s', (_name, block) => {
  expect(files.filter((file) => file.text.includes(block)).map((file) => file.path)).toHaveLength(1)
})
