import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { brotliCompressSync, constants } from 'node:zlib'
import { build } from 'esbuild'
import type { BuildOptions } from 'esbuild'
import { kB, verdict } from './table.js'
import type { Row } from './table.js'

const root = resolve(import.meta.dirname, '..')
const dist = (file: string) => resolve(root, 'dist', file)

/** The same settings for every row: only the entry differs. */
const settings = {
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  external: ['react', 'react/*', 'react-dom', 'react-dom/*', '@tanstack/react-query'],
  define: { 'process.env.NODE_ENV': '"production"' },
  write: false,
  logLevel: 'silent',
} satisfies BuildOptions

interface Entry {
  name: string
  /** An ES module re-exporting what is measured, or a CSS file to bundle. */
  source: { js: string } | { css: string }
  /** Brotli budget in bytes (issue 6), for our entries. */
  budget?: number
}

const reexportAll = (specifier: string) => `export * from ${JSON.stringify(specifier)}\n`
const withDefault = (specifier: string) =>
  `${reexportAll(specifier)}export { default } from ${JSON.stringify(specifier)}\n`

function ourEntries(): Entry[] {
  const entries: Entry[] = [
    {
      name: '`react-api-errors/core`: `parseApiError` only',
      source: { js: `export { parseApiError } from ${JSON.stringify(dist('core.js'))}` },
      budget: 3_000,
    },
    { name: '`react-api-errors/core`: everything', source: { js: reexportAll(dist('core.js')) }, budget: 5_000 },
    { name: '`react-api-errors` (root): everything', source: { js: reexportAll(dist('index.js')) }, budget: 10_000 },
  ]
  // Until the build emits dist/query.js, the query entry is bundled from its source with the same settings.
  const query = existsSync(dist('query.js')) ? dist('query.js') : resolve(root, 'src/query/index.ts')
  if (existsSync(query)) {
    const note = query.endsWith('.ts') ? ' (from src/: the build emits no dist/query.js yet)' : ''
    entries.push({
      name: `\`react-api-errors/query\`: everything${note}`,
      source: { js: reexportAll(query) },
      budget: 12_000,
    })
  }
  if (existsSync(dist('messages/fr.js')))
    entries.push({ name: '`react-api-errors/messages/fr`', source: { js: withDefault(dist('messages/fr.js')) } })
  if (existsSync(dist('styles.css')))
    entries.push({ name: '`react-api-errors/styles.css`', source: { css: dist('styles.css') } })
  return entries
}

const peers: Entry[] = [
  { name: 'react-error-boundary 6 (everything)', source: { js: reexportAll('react-error-boundary') } },
  { name: 'axios-retry 4 (everything; axios itself not counted)', source: { js: withDefault('axios-retry') } },
  { name: 'ky 1 (everything)', source: { js: withDefault('ky') } },
  { name: 'swr 2 (everything)', source: { js: withDefault('swr') } },
  { name: '@sentry/react: `{ ErrorBoundary }` only', source: { js: `export { ErrorBoundary } from '@sentry/react'` } },
]

async function measure(entry: Entry): Promise<{ min: number; brotli: number }> {
  const result = await build(
    'js' in entry.source
      ? {
          ...settings,
          stdin: { contents: entry.source.js, resolveDir: root, sourcefile: 'bench-entry.js', loader: 'js' },
        }
      : { ...settings, entryPoints: [entry.source.css], outdir: resolve(root, '.tmp/bench-css') },
  )
  const code = Buffer.concat((result.outputFiles ?? []).map((file) => Buffer.from(file.contents)))
  if (code.length === 0) throw new Error(`bundle size: ${entry.name} produced no output`)
  const brotli = brotliCompressSync(code, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: code.length },
  })
  return { min: code.length, brotli: brotli.length }
}

export async function run(): Promise<Row[]> {
  if (!existsSync(dist('core.js')))
    throw new Error('bundle size: dist/ is missing; run `npm run build` first (npm run bench does).')
  const bench = 'Bundle size (esbuild min + brotli, React/TanStack external)'
  const rows: Row[] = []
  for (const entry of [...ourEntries(), ...peers]) {
    const { min, brotli } = await measure(entry)
    const ours = entry.name.startsWith('`react-api-errors')
    rows.push({
      bench,
      contender: ours ? `**${entry.name}**` : entry.name,
      result: `**${kB(brotli)}** brotli · ${kB(min)} min`,
      goal:
        entry.budget === undefined
          ? ours
            ? 'no budget'
            : 'peer'
          : verdict(brotli <= entry.budget, `budget ≤ ${kB(entry.budget)}`),
    })
  }
  return rows
}
