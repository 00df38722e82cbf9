import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'
import type { Plugin } from 'vite'
import dts from 'vite-plugin-dts'
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin'
import { playwright } from '@vitest/browser-playwright'

/** One build input per public entry; the package.json `exports` map points at these files. */
const entries = {
  index: 'src/index.ts',
  core: 'src/core/index.ts',
  query: 'src/query/index.ts',
  'messages/fr': 'src/messages/locales/fr.ts',
  'messages/de': 'src/messages/locales/de.ts',
  'messages/es': 'src/messages/locales/es.ts',
  'messages/pt-BR': 'src/messages/locales/pt-BR.ts',
  'messages/ja': 'src/messages/locales/ja.ts',
  'messages/ar': 'src/messages/locales/ar.ts',
}

const external = /^(react|react-dom|@tanstack\/react-query)(\/|$)/

/** JS entries never import CSS: the stylesheet ships as its own file, `react-api-errors/styles.css`. */
const stylesheet = (): Plugin => ({
  name: 'react-api-errors:stylesheet',
  apply: 'build',
  generateBundle() {
    this.emitFile({
      type: 'asset',
      fileName: 'styles.css',
      source: readFileSync(resolve(import.meta.dirname, 'src/styles/styles.css'), 'utf8'),
    })
  },
})

/**
 * The Chromium the story tests drive: $CHROMIUM_PATH or $PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH, then
 * Debian's /usr/bin/chromium, else undefined (Playwright's own download). scripts/ensure-browser.mjs
 * looks in the same places and installs one when none is there.
 */
function chromiumPath(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH || process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH
  if (fromEnv) return fromEnv
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined
}

/** Quiet on a closed network: no first-run, sync, component updates or QUIC probes. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export default defineConfig(({ command, mode }) => {
  // `vite build` makes the default (production) files; `vite build --mode development` the files of
  // the `development` export condition, with the long misuse explanations. Tests and Storybook
  // run with them too.
  const developmentBuild = command === 'build' && mode === 'development'
  const productionBuild = command === 'build' && mode === 'production'
  return {
    publicDir: false,
    define: { __DEV__: JSON.stringify(!productionBuild) },
    plugins: developmentBuild ? [] : [dts({ tsconfigPath: './tsconfig.build.json', entryRoot: 'src' }), stylesheet()],
    build: {
      outDir: developmentBuild ? 'dist/development' : 'dist',
      // The production build empties dist/ first; the development build runs after it.
      emptyOutDir: !developmentBuild,
      target: 'es2022',
      sourcemap: true,
      minify: false,
      lib: {
        entry: Object.fromEntries(
          Object.entries(entries).map(([name, path]) => [name, resolve(import.meta.dirname, path)]),
        ),
        formats: ['es'],
        fileName: (_format, name) => `${name}.js`,
      },
      rollupOptions: {
        external,
        // Every React module says 'use client'; the bundler keeps it on the entries (checked in
        // scripts/check-package.sh), so the per-module warnings are noise.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('use client')) return
          warn(warning)
        },
      },
    },
    test: {
      restoreMocks: true,
      // The client × scenario score table of test/clients, after the usual report.
      reporters: ['default', './test/clients/support/scoreReporter.ts'],
      testTimeout: 20_000,
      coverage: {
        provider: 'v8',
        include: ['src/**/*.{ts,tsx}'],
        exclude: ['src/**/*.stories.tsx', 'src/stories/**', 'src/docs/**', 'src/**/types.ts'],
        reporter: ['text-summary', 'json-summary'],
        thresholds: { lines: 90 },
      },
      projects: [
        {
          extends: true,
          test: {
            name: 'core',
            include: [
              'test/core/**/*.test.ts',
              'test/clients/**/*.test.ts',
              'test/tooling/**/*.test.ts',
              'test/unit/core/**/*.test.ts',
            ],
            environment: 'node',
          },
        },
        {
          extends: true,
          test: {
            name: 'dom',
            include: [
              'test/{messages,react,components,query}/**/*.test.{ts,tsx}',
              'test/clients/**/*.test.tsx',
              'test/unit/{messages,react,components,query}/**/*.test.{ts,tsx}',
            ],
            environment: 'jsdom',
            setupFiles: ['test/setup-dom.ts'],
            // Type tests (`Register { defaultError: ApiError }` and friends) run with the dom tests.
            typecheck: { enabled: true, include: ['test/**/*.test-d.ts'] },
          },
        },
        {
          // Every story is a test in headless Chromium: it renders, its play function passes, axe finds nothing.
          extends: true,
          plugins: [storybookTest({ configDir: resolve(import.meta.dirname, '.storybook') })],
          // Pre-bundled up front, so Vite does not discover them mid-run and reload the test page.
          optimizeDeps: { include: ['@tanstack/react-query', 'react-error-boundary'] },
          test: {
            name: 'storybook',
            browser: {
              enabled: true,
              headless: true,
              provider: playwright({ launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS } }),
              instances: [{ browser: 'chromium' }],
            },
          },
        },
      ],
    },
  }
})
