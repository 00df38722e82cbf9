import { existsSync, readFileSync } from 'node:fs'
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
  /** Brotli budget in bytes: `.size-limit.json`'s limit, the one source of every budget. */
  budget?: number
}

/** One row of `.size-limit.json`, as size-limit reads it. */
interface SizeLimitEntry {
  name: string
  path: string | string[]
  import?: string | Record<string, string>
  limit: string
}

const reexportAll = (specifier: string) => `export * from ${JSON.stringify(specifier)}\n`
const withDefault = (specifier: string) =>
  `${reexportAll(specifier)}export { default } from ${JSON.stringify(specifier)}\n`

/** The module a `.size-limit.json` row measures: its imports from each of its files. */
function sourceOf(entry: SizeLimitEntry): Entry['source'] {
  const paths = (Array.isArray(entry.path) ? entry.path : [entry.path]).map((path) => resolve(root, path))
  if (paths[0]!.endsWith('.css')) return { css: paths[0]! }
  const names = (index: number) =>
    typeof entry.import === 'object' ? Object.values(entry.import)[index]! : (entry.import ?? '*')
  const reexport = (file: string, index: number) =>
    names(index) !== '*'
      ? `export ${names(index)} from ${JSON.stringify(file)}\n`
      : file.includes('/messages/')
        ? withDefault(file)
        : reexportAll(file)
  return { js: paths.map(reexport).join('') }
}

/** Our rows are `.size-limit.json`'s, so the bench, the README and CI hold the same budgets. */
function ourEntries(): Entry[] {
  const rows = JSON.parse(readFileSync(resolve(root, '.size-limit.json'), 'utf8')) as SizeLimitEntry[]
  return rows.map((row) => ({ name: `\`${row.name}\``, source: sourceOf(row), budget: parseFloat(row.limit) * 1000 }))
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
    const ours = entry.budget !== undefined
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
