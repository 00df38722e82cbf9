import { spawn, spawnSync } from 'node:child_process'
import { resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { markdownTable, writeReport } from './table.js'
import type { Row } from './table.js'

/**
 * `npm run bench`: builds `dist/`, runs every group below in its own Node process (so jsdom's
 * globals, JIT state and leftover sockets of one group cannot touch another), prints one markdown
 * table and writes it to docs/benchmarks.md. `--group <name>` is the child side: it runs one
 * group and prints its rows as JSON.
 */
const groups = {
  storm429: { label: '429 storm (~16 s)', load: () => import('./storm429.js') },
  storm429Silent: { label: '429 storm with no banner mounted (~10 s)', load: () => import('./storm429Silent.js') },
  storm401: { label: '401 storm (~3 s)', load: () => import('./storm401.js') },
  tabs: { label: '3-tab storm in Chromium (~25 s)', load: () => import('./tabs.js') },
  bundle: { label: 'bundle sizes (~5 s)', load: () => import('./bundle.js') },
  surface: { label: 'public names (~3 s)', load: () => import('./surface.js') },
  parse: { label: 'parse cost (~8 s)', load: () => import('./parse.js') },
  hostile: { label: 'hostile and large server text (~10 s)', load: () => import('./hostile.js') },
  corpus: { label: 'parse cost on the real-response corpus (~5 s)', load: () => import('./corpus.js') },
  blind: { label: 'blind batches: generalization (~2 s)', load: () => import('./blind.js') },
  render: { label: 'render cost (~35 s)', load: () => import('./render.js') },
} satisfies Record<string, { label: string; load: () => Promise<{ run(): Promise<Row[]> }> }>

type GroupName = keyof typeof groups

const root = resolve(import.meta.dirname, '..')
const self = fileURLToPath(import.meta.url)
const MARKER = '@@bench-rows@@'
const COMMAND = 'npm run bench'

const isGroup = (name: string | undefined): name is GroupName => name !== undefined && Object.hasOwn(groups, name)

async function child(name: GroupName): Promise<void> {
  // What the library build defines (vite.config.ts): groups import src/, as a production build.
  Object.assign(globalThis, { __DEV__: false })
  const { run } = await groups[name].load()
  const rows = await run()
  process.stdout.write(`${MARKER}${JSON.stringify(rows)}\n`)
}

function runGroup(name: GroupName): Promise<Row[]> {
  return new Promise((done, fail) => {
    // Production builds of React and TanStack Query: what users ship, without development-only checks.
    const env = { ...process.env, NODE_ENV: 'production' }
    const proc = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', self, '--group', name], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let out = ''
    proc.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk))
    proc.on('error', fail)
    proc.on('close', (code) => {
      const line = out.split('\n').find((l) => l.startsWith(MARKER))
      if (code !== 0 || !line) return fail(new Error(`bench group ${name} failed (exit ${code}):\n${out}`))
      done(JSON.parse(line.slice(MARKER.length)) as Row[])
    })
  })
}

function buildDist(): void {
  process.stderr.write('▶ npm run build\n')
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, encoding: 'utf8' })
  if (result.status !== 0) {
    process.stderr.write(`${result.stdout}${result.stderr}`)
    throw new Error('npm run build failed: the bundle sizes are measured on dist/')
  }
}

async function main(): Promise<void> {
  const startedAt = new Date()
  const start = performance.now()
  if (!process.argv.includes('--skip-build')) buildDist()
  const rows: Row[] = []
  for (const name of Object.keys(groups) as GroupName[]) {
    process.stderr.write(`▶ ${groups[name].label}\n`)
    rows.push(...(await runGroup(name)))
  }
  const table = markdownTable(rows)
  const durationMs = performance.now() - start
  await writeReport(resolve(root, 'docs/benchmarks.md'), table, { command: COMMAND, startedAt, durationMs })
  process.stdout.write(
    `${table}\n\nWritten to docs/benchmarks.md (${(durationMs / 1000).toFixed(0)} s, Node ${process.version}).\n`,
  )
}

const groupIndex = process.argv.indexOf('--group')
const requested = groupIndex === -1 ? undefined : process.argv[groupIndex + 1]
if (groupIndex !== -1 && !isGroup(requested)) {
  throw new Error(`Unknown bench group ${String(requested)}; one of ${Object.keys(groups).join(', ')}`)
}
// A child exits as soon as its rows are out: a leftover keep-alive socket must not hold the run.
await (isGroup(requested) ? child(requested) : main()).then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    process.exit(1)
  },
)
