import { defineConfig } from 'vitest/config'
import type { TestProjectInlineConfiguration } from 'vitest/config'
import config from '../../vite.config.js'

// The project's own test setup reduced to what the scope Stryker runs needs (stryker.config.mjs
// passes it on: $MUTATION_PROJECT, the vitest project, and $MUTATION_TESTS, its test files when not
// all of them), without build plugins or type tests.
/** The project's config as vitest sees it (not a build). */
const base = config({ command: 'serve', mode: 'test' })
const name = process.env.MUTATION_PROJECT
const tests = process.env.MUTATION_TESTS ? (JSON.parse(process.env.MUTATION_TESTS) as string[]) : undefined
const project = (base.test?.projects as TestProjectInlineConfiguration[]).find((one) => one.test?.name === name)
if (!project) throw new Error(`vite.config.ts has no vitest project named ${name}: run npm run mutation`)

/**
 * Left out of the mutation run, which re-runs the tests covering each mutant (thousands of runs on
 * two cores): the Chromium tabs test (its pages run a bundle Stryker cannot see into), the
 * 200-response corpus over HTTP, the property test, the heap measurement (instrumented code
 * weighs on the heap it measures), and the lint checks (they run no src code).
 * Leaving tests out can only let more mutants survive: the score is a lower bound.
 */
const SLOW = [
  'test/core/crossTab.browser.test.ts',
  'test/core/realResponses.test.ts',
  'test/core/parseApiError.property.test.ts',
  'test/core/createApiFetch.gateMemory.test.ts',
  'test/tooling/**',
]

export default defineConfig({
  define: base.define,
  test: {
    ...base.test,
    // A mutant that makes a test hang is caught sooner.
    testTimeout: 10_000,
    projects: [
      {
        ...project,
        test: {
          ...project.test,
          include: tests ?? project.test?.include,
          exclude: SLOW,
          typecheck: { enabled: false },
        },
      },
    ],
  },
})
