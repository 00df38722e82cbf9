// The scopes of the mutation run: one per folder of src/core (against the `core` tests), and `ui`
// (the countdown, banner and offline modules, against the `dom` tests).
import { readdirSync } from 'node:fs'
import { resolve } from 'node:path'

const core = resolve(import.meta.dirname, '../../src/core')
const folders = readdirSync(core, { withFileTypes: true }).filter((entry) => entry.isDirectory())

/** What each scope mutates, and the vitest project (and, if not all of it, the test files) run against it. */
export const SCOPES = {
  ...Object.fromEntries(
    folders.map(({ name }) => [name, { project: 'core', mutate: [`src/core/${name}/**/*.ts`, '!**/types.ts'] }]),
  ),
  ui: {
    project: 'dom',
    // Only the tests aimed at these modules: the whole dom suite per mutant is hours on two cores.
    tests: [
      'test/components/RetryCountdown.test.tsx',
      'test/components/ErrorBanner.test.tsx',
      'test/react/**/*.test.tsx',
      'test/query/createOfflineStore.test.ts',
      'test/query/OfflineBanner.test.tsx',
    ],
    mutate: [
      'src/react/useRetryCountdown.ts',
      'src/components/ErrorBanner/ErrorBanner.tsx',
      'src/components/RetryCountdown/RetryCountdown.tsx',
      'src/query/offline/createOfflineStore.ts',
    ],
  },
}
