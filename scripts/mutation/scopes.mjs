// The scopes of the mutation run: one per folder of src/core (against the `core` tests), and `ui`
// (the countdown, banner and offline modules, against the `dom` tests).
import { readdirSync } from 'node:fs'
import { resolve } from 'node:path'

const core = resolve(import.meta.dirname, '../../src/core')
const folders = readdirSync(core, { withFileTypes: true }).filter((entry) => entry.isDirectory())

/** What each scope mutates, and the vitest project whose tests run against it. */
export const SCOPES = {
  ...Object.fromEntries(
    folders.map(({ name }) => [name, { project: 'core', mutate: [`src/core/${name}/**/*.ts`, '!**/types.ts'] }]),
  ),
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
