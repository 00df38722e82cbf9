// Every fenced code block of README.md is used verbatim by a test, a story or the Next.js app
// that scripts/check-next.sh builds and checks: the table below names the file for each block, by
// the heading it sits under and its place there. A new README block fails the first test until it
// is added to the table (or, for shell commands, to `commands`).
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const readme = readFileSync('README.md', 'utf8')

interface Block {
  /** `heading #n`: the nearest heading above the block and the block's place under it. */
  key: string
  language: string
  code: string
}

/** The README's fenced blocks, keyed by their heading and their place under it. */
function readmeBlocks(): Block[] {
  const blocks: Block[] = []
  let heading = ''
  let count = 0
  const lines = readme.split('\n')
  for (let at = 0; at < lines.length; at++) {
    const line = lines[at] as string
    if (/^#{1,6} /.test(line)) [heading, count] = [line.replace(/^#+ /, ''), 0]
    if (!line.startsWith('```')) continue
    const end = lines.indexOf('```', at + 1)
    blocks.push({ key: `${heading} #${++count}`, language: line.slice(3), code: lines.slice(at + 1, end).join('\n') })
    at = end
  }
  return blocks
}

/** Block → the file that uses it verbatim. */
const usedBy: Record<string, string> = {
  'Parse an error, decide whether to retry #1': 'test/core/readme.retry.test.ts',
  'Dialects understood #1': 'test/core/dialects.readme.test.ts',
  'Dialects understood #2': 'test/core/dialects.readme.test.ts',
  'SWR #1': 'test/clients/swr.test.tsx',
  'tRPC #1': 'test/clients/trpc.test.ts',
  'Dialects understood #3': 'test/core/dialects.readme.test.ts',
  'createApiFetch and createAuthCoordinator options #1': 'test/core/createApiFetch.readme.test.ts',
  'Show it in React #1': 'src/stories/examples/Readme.stories.tsx',
  'With TanStack Query #1': 'src/stories/examples/Readme.stories.tsx',
  'Parse an error, decide whether to retry #2': 'test/query/readme.retryPolicy.test.ts',
  'Languages and right to left #1': 'test/components/rtl.test.tsx',
  'With TanStack Query #2': 'test/query/register.test-d.ts',
  'Server validation errors in react-hook-form #1': 'test/messages/applyFieldErrors.rhf.test.tsx',
  'Field errors in Formik and Server Actions #1': 'test/messages/toFieldErrorMap.formik.test.tsx',
  'Toasts #1': 'test/query/connectApiErrors.sonner.test.tsx',
  'Report server failures to Sentry #1': 'test/query/connectApiErrors.sentry.test.ts',
  'Next.js (App Router) #1': 'test/next-app/lib/api.ts',
  'Next.js (App Router) #2': 'test/next-app/app/usage/page.tsx',
  'Next.js (App Router) #3': 'test/next-app/app/signup/actions.ts',
  'Next.js (App Router) #4': 'test/next-app/app/signup/SignupForm.tsx',
  'Next.js (App Router) #5': 'test/next-app/app/error.tsx',
}

/** Shell commands: nothing to import, exempt. */
const commands = [
  'Install #1',
  'See every error state (Storybook) #1',
  'See every error state (Storybook) #2',
  'Develop #1',
]

/** Blocks a test reads out of README.md and runs as they stand, by the file that reads them. */
const runFromReadme: Record<string, string> = {
  'Many tabs #1': 'test/core/support/tabPages.ts',
}

/**
 * The block's lines, trimmed, blank ones dropped. Tests import through `../../src/…` where the
 * README writes `react-api-errors`, so their import lines are dropped too; the Next.js app
 * imports the package as a user does, so its imports must match as well.
 */
function significantLines(code: string, keepImports: boolean): string[] {
  return code
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && (keepImports || !line.startsWith('import ')))
}

/**
 * Whether the block appears in `file`: each of its paragraphs (parts between blank lines) as
 * consecutive lines, the paragraphs in the README's order — a story may wrap the provider tree
 * and the component of one block in functions of its own.
 */
function containsVerbatim(file: string, code: string): boolean {
  const keepImports = file.startsWith('test/next-app/')
  const source = significantLines(readFileSync(file, 'utf8'), keepImports)
  const paragraphs = code
    .split(/\n\s*\n/)
    .map((part) => significantLines(part, keepImports))
    .filter((lines) => lines.length > 0)
  let from = 0
  for (const wanted of paragraphs) {
    const at = source.findIndex(
      (_, index) => index >= from && wanted.every((line, offset) => source[index + offset] === line),
    )
    if (at < 0) return false
    from = at + wanted.length
  }
  return paragraphs.length > 0
}

const blocks = readmeBlocks()

describe('README code blocks', () => {
  it('each has a file that uses it, or is a shell command', () => {
    const keys = blocks.map((block) => block.key)
    expect(new Set(keys).size).toBe(keys.length)
    expect(keys.filter((key) => !(key in usedBy) && !(key in runFromReadme) && !commands.includes(key))).toEqual([])
    expect(
      [...Object.keys(usedBy), ...Object.keys(runFromReadme), ...commands].filter((key) => !keys.includes(key)),
    ).toEqual([])
    expect(blocks.filter((block) => commands.includes(block.key)).every((block) => block.language === 'sh')).toBe(true)
  })

  it.each(Object.entries(runFromReadme))('%s is read from README.md and run by %s', (key, file) => {
    const source = readFileSync(file, 'utf8')
    expect(source).toContain("'README.md'")
    expect(source).toContain(`## ${key.replace(/ #\d+$/, '')}`)
  })

  it.each(Object.entries(usedBy))('%s is used verbatim by %s', (key, file) => {
    const block = blocks.find((candidate) => candidate.key === key)
    expect(block).toBeDefined()
    expect(containsVerbatim(file, (block as Block).code)).toBe(true)
  })

  it('the Sentry docs page gives the same one-line send', () => {
    const sentry = blocks.find((block) => block.key === 'Report server failures to Sentry #1') as Block
    expect(containsVerbatim('src/docs/ReportingToSentry.mdx', sentry.code)).toBe(true)
  })
})
