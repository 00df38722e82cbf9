// The mutation run (`npm run mutation`): Stryker changes the source one small bug at a time and
// runs the tests that reach it; a mutant no test notices is a gap. One config, three scopes
// ($MUTATION_SCOPE): `core` and `session` mutate src/core (session: auth, tabs, fetch) against
// the `core` tests, `ui` the countdown, banner and offline modules against the `dom` tests.
// scripts/mutation/run.mjs runs them and writes the scores into docs/benchmarks.md.
const CORE = 'src/core'
/** The request/session machinery: the auth coordinator, the tabs and the fetch wrapper. */
const SESSION = ['auth', 'tabs', 'fetch']
const SCOPES = {
  core: {
    project: 'core',
    mutate: [`${CORE}/**/*.ts`, `!${CORE}/**/types.ts`, `!${CORE}/index.ts`, ...SESSION.map((f) => `!${CORE}/${f}/**`)],
  },
  session: {
    project: 'core',
    mutate: SESSION.map((folder) => `${CORE}/${folder}/**/*.ts`).concat(`!${CORE}/**/types.ts`),
  },
  ui: {
    project: 'dom',
    mutate: [
      'src/react/useRetryCountdown.ts',
      'src/components/ErrorBanner/ErrorBanner.tsx',
      'src/components/RetryCountdown/RetryCountdown.tsx',
      'src/query/offline/createOfflineStore.ts',
    ],
  },
}

const scope = process.env.MUTATION_SCOPE ?? 'core'
const chosen = SCOPES[scope]
if (!chosen) throw new Error(`MUTATION_SCOPE must be one of ${Object.keys(SCOPES).join(', ')} (got ${scope})`)
// Read by vitest.config.ts in the test runner processes Stryker starts (they inherit the environment).
process.env.MUTATION_PROJECT = chosen.project

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
  tempDirName: '.tmp/stryker',
  cleanTempDir: 'always',
  ignorePatterns: ['dist', 'coverage', 'storybook-static', '.tmp', 'test/next-app', 'docs', 'public', 'bench'],
  reporters: ['clear-text', 'progress', 'json', 'html'],
  jsonReporter: { fileName: `.tmp/mutation/${scope}.json` },
  htmlReporter: { fileName: `.tmp/mutation/${scope}.html` },
  clearTextReporter: { reportMutants: true, reportTests: false, reportScoreTable: true },
  thresholds: { high: 95, low: 90, break: null },
}
