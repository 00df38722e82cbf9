import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint({ cwd: process.cwd() })

/** Lints `code` as if it lived at `filePath`, and returns the rules it broke. */
async function brokenRules(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message)
}

describe('import boundaries, enforced by lint', () => {
  it.each([
    ['src/core/x.ts', "import { useState } from 'react'\nexport const x = useState"],
    ['src/core/x.ts', "import { QueryClient } from '@tanstack/react-query'\nexport const x = QueryClient"],
    ['src/core/x.ts', "import { en } from '../messages/index.js'\nexport const x = en"],
    ['src/messages/x.ts', "import { createContext } from 'react'\nexport const x = createContext"],
    ['src/react/x.ts', "import { ErrorBanner } from '../components/index.js'\nexport const x = ErrorBanner"],
    [
      'src/components/Foo/Foo.tsx',
      "import { connectApiErrors } from '../../query/index.js'\nexport const x = connectApiErrors",
    ],
    ['src/components/Foo/Foo.tsx', "import { useQuery } from '@tanstack/react-query'\nexport const x = useQuery"],
    ['src/core/x.ts', "import { apiErrorResponse } from '../testing/index.js'\nexport const x = apiErrorResponse"],
    ['src/query/x.ts', "import { apiErrorResponse } from '../testing/index.js'\nexport const x = apiErrorResponse"],
    ['src/testing/x.ts', "import { useApiError } from '../react/index.js'\nexport const x = useApiError"],
    ['src/testing/x.ts', "import { ErrorBanner } from '../components/index.js'\nexport const x = ErrorBanner"],
  ])('%s may not: %s', async (file, code) => {
    expect(await brokenRules(file, code)).toContain('no-restricted-imports')
  })

  it.each([
    [
      'src/core/parse/x.ts',
      "import { createApiFetch } from '../fetch/createApiFetch.js'\nexport const x = createApiFetch",
    ],
    [
      'src/core/error/x.ts',
      "import { parseApiError } from '../parse/parseApiError.js'\nexport const x = parseApiError",
    ],
    ['src/core/secrets/x.ts', "import { ApiError } from '../error/ApiError.js'\nexport const x = ApiError"],
  ])('%s may not import a core folder above it: %s', async (file, code) => {
    expect(await brokenRules(file, code)).toContain('no-restricted-imports')
  })

  it.each([
    [
      'src/core/fetch/x.ts',
      "import { parseApiError } from '../parse/parseApiError.js'\nexport const x = parseApiError",
    ],
    ['src/react/x.ts', "import { parseApiError } from '../core/index.js'\nexport const x = parseApiError"],
    ['src/components/Foo/Foo.tsx', "import { useApiError } from '../../react/index.js'\nexport const x = useApiError"],
    ['src/query/x.ts', "import { ErrorBanner } from '../components/index.js'\nexport const x = ErrorBanner"],
    ['src/testing/x.ts', "import { parseApiError } from '../core/index.js'\nexport const x = parseApiError"],
  ])('%s may: %s', async (file, code) => {
    expect(await brokenRules(file, code)).not.toContain('no-restricted-imports')
  })

  it('refuses dangerouslySetInnerHTML anywhere in src', async () => {
    const code = 'export const X = ({ html }: { html: string }) => <div dangerouslySetInnerHTML={{ __html: html }} />'
    expect(await brokenRules('src/components/Foo/Foo.tsx', code)).toContain('no-restricted-syntax')
  })

  it('keeps contract tests on the public entry points, and lets unit tests reach internal modules', async () => {
    expect(
      await brokenRules(
        'test/core/x.test.ts',
        "import { unwrap } from '../../src/core/parse/unwrap.js'\nexport const x = unwrap",
      ),
    ).toContain('no-restricted-imports')
    expect(
      await brokenRules(
        'test/core/x.test.ts',
        "import { parseApiError } from '../../src/core/index.js'\nexport const x = parseApiError",
      ),
    ).toEqual([])
    expect(
      await brokenRules(
        'test/unit/core/x.test.ts',
        "import { unwrap } from '../../../src/core/parse/unwrap.js'\nexport const x = unwrap",
      ),
    ).toEqual([])
  })
})
