import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const readme = readFileSync('README.md', 'utf8')

/** The code of the first fenced block under the `### heading` of the README, import lines dropped. */
function snippet(heading: string): string[] {
  const start = readme.indexOf(`\n### ${heading}\n`)
  if (start === -1) throw new Error(`README has no section "${heading}"`)
  const open = readme.indexOf('```', start)
  const body = readme.slice(readme.indexOf('\n', open) + 1, readme.indexOf('\n```', open))
  return body.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('import '))
}

/** Whether `lines` appear in `file` one after another, whatever the indentation. */
function containsVerbatim(file: string, lines: string[]): boolean {
  const source = readFileSync(file, 'utf8').split('\n').map((line) => line.trim())
  const wanted = lines.map((line) => line.trim())
  return source.some((_, at) => wanted.every((line, offset) => source[at + offset] === line))
}

describe('the README snippets of "Forms, toasts and error reports" run in tests, verbatim', () => {
  it.each([
    ['Server validation errors in react-hook-form', 'test/messages/applyFieldErrors.rhf.test.tsx'],
    ['Field errors in Formik and Server Actions', 'test/messages/toFieldErrorMap.formik.test.tsx'],
    ['Toasts', 'test/query/connectApiErrors.sonner.test.tsx'],
    ['Report server failures to Sentry', 'test/query/connectApiErrors.sentry.test.ts'],
  ])('%s → %s', (heading, file) => {
    const lines = snippet(heading)
    expect(lines.length).toBeGreaterThan(0)
    expect(containsVerbatim(file, lines)).toBe(true)
  })

  it('the Sentry docs page gives the same one-line send', () => {
    expect(containsVerbatim('src/docs/ReportingToSentry.mdx', snippet('Report server failures to Sentry'))).toBe(true)
  })
})
