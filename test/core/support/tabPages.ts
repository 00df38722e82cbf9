// The pages of the many-tabs browser tests: the README's "Many tabs" snippet, read from README.md
// and bundled VERBATIM with esbuild against src/ (variants change one option by string
// replacement, checked to apply), and the Chromium that runs them.
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { build } from 'esbuild'
import type { Plugin } from 'esbuild'

const root = resolve(import.meta.dirname, '../../..')
export const CROSS_TAB = 'crossTab: tabs'

/** The first ```ts block of the README's "Many tabs" section. */
export function readmeSnippet(): string {
  const readme = readFileSync(resolve(root, 'README.md'), 'utf8')
  const section = readme.slice(readme.indexOf('\n## Many tabs\n'))
  const start = section.indexOf('```ts\n') + '```ts\n'.length
  return section.slice(start, section.indexOf('\n```', start))
}

/** `snippet` with `from` replaced by `to` everywhere, failing if `from` is not in it. */
export function variant(snippet: string, from: string, to: string): string {
  if (!snippet.includes(from)) throw new Error(`the README snippet no longer contains ${from}`)
  return snippet.replaceAll(from, to)
}

/** The page's entry: exposes the app; with `dialog`, also mounts the kit's real ReauthDialog in React. */
const PAGE = "import * as app from 'readme:app'\nwindow.app = app\n"
export const WITH_DIALOG = `${PAGE}
import { createElement } from 'react'
import { createRoot } from 'react-dom/client'
import { ApiErrorProvider, ReauthDialog } from 'react-api-errors'
const root = document.body.appendChild(document.createElement('div'))
createRoot(root).render(createElement(ApiErrorProvider, { auth: app.auth }, createElement(ReauthDialog)))
`

/** Bundles `app` (the snippet or a variant) with the kit from src/, exposed as `window.app`. */
export async function bundle(app: string, entry = PAGE): Promise<string> {
  const resolveKit: Plugin = {
    name: 'kit',
    setup(b) {
      b.onResolve({ filter: /^react-api-errors\/core$/ }, () => ({ path: resolve(root, 'src/core/index.ts') }))
      b.onResolve({ filter: /^react-api-errors$/ }, () => ({ path: resolve(root, 'src/index.ts') }))
      b.onResolve({ filter: /^readme:app$/ }, () => ({ path: 'app.ts', namespace: 'readme' }))
      b.onLoad({ filter: /.*/, namespace: 'readme' }, () => ({ contents: app, loader: 'ts', resolveDir: root }))
    },
  }
  const result = await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts' },
    bundle: true,
    define: { 'process.env.NODE_ENV': '"production"', __DEV__: 'true' },
    format: 'esm',
    target: 'es2022',
    write: false,
    plugins: [resolveKit],
  })
  return result.outputFiles[0]!.text
}

/** As vite.config.ts: $CHROMIUM_PATH, then Debian's Chromium, else Playwright's own. */
export const executablePath =
  process.env.CHROMIUM_PATH ||
  process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH ||
  (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
