// The mutation run (`npm run mutation`): Stryker changes the source one small bug at a time and
// runs the tests that reach it; a mutant no test notices is a gap. One config, one scope per run
// ($MUTATION_SCOPE): each folder of src/core against the `core` tests, or `ui`, the countdown,
// banner and offline modules against the `dom` tests. Scopes are small so that each run fits a
// time box on a two-core machine; scripts/mutation/run.mjs runs them and writes the scores into
// docs/benchmarks.md.

import { SCOPES } from './scopes.mjs'

const scope = process.env.MUTATION_SCOPE
const chosen = SCOPES[scope]
if (!chosen) {
  throw new Error(
    `Set MUTATION_SCOPE to one of ${Object.keys(SCOPES).join(', ')} (got ${scope}), or run npm run mutation`,
  )
}

// Read by vitest.config.ts in the test runner processes Stryker starts (they inherit the environment).
process.env.MUTATION_PROJECT = chosen.project
process.env.MUTATION_TESTS = chosen.tests ? JSON.stringify(chosen.tests) : ''

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'scripts/mutation/vitest.config.ts' },
  mutate: chosen.mutate,
  // Each mutant runs only the tests that reached its code during the first (dry) run.
  coverageAnalysis: 'perTest',
  // Two cores: one vitest per core.
  concurrency: 2,
  // Module-level tables (the secret names, the taxonomy) are "static": every test would have to
  // run for each of them. They are checked by table-driven tests instead; see docs/benchmarks.md.
  ignoreStatic: true,
  timeoutMS: 5_000,
  // A run again re-tests only the mutants whose code or covering tests changed (--force: all).
  incremental: true,
  incrementalFile: `.tmp/mutation/${scope}.incremental.json`,
  tempDirName: `.tmp/stryker/${scope}`,
  cleanTempDir: 'always',
  ignorePatterns: ['dist', 'coverage', 'storybook-static', '.tmp', 'test/next-app', 'docs', 'public', 'bench'],
  reporters: ['clear-text', 'progress', 'json', 'html'],
  jsonReporter: { fileName: `.tmp/mutation/${scope}.json` },
  htmlReporter: { fileName: `.tmp/mutation/${scope}.html` },
  clearTextReporter: { reportMutants: true, reportTests: false, reportScoreTable: true },
  thresholds: { high: 95, low: 90, break: null },
}
