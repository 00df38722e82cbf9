// `npm run mutation`: Stryker over each scope of stryker.config.mjs, then each scope's score, per
// folder, into the "Mutation score" section of docs/benchmarks.md (a scope not run this time
// keeps its last result there).
//   npm run mutation                    every scope: core, session, ui
//   npm run mutation -- session         only the scopes named
//   npm run mutation -- --report core   rewrite a scope's result from its last report, without running
//   npm run mutation -- core --mutate 'src/core/parse/**'   a partial run: printed, not written
import { spawnSync } from 'node:child_process'
import { cpus } from 'node:os'
import { readFileSync, statSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'

const root = resolve(import.meta.dirname, '../..')
const SCOPES = {
  core: { title: '`src/core` but auth, tabs and fetch, against the `core` tests', group: (file) => file.split('/')[2] },
  session: { title: '`src/core` auth, tabs and fetch, against the `core` tests', group: (file) => file.split('/')[2] },
  ui: { title: 'countdown, banner and offline modules, against the `dom` tests', group: (file) => file },
}
const INTRO = `## Mutation score

Reproduce with \`npm run mutation\` (Stryker, [\`scripts/mutation/\`](../scripts/mutation/run.mjs); long,
so not part of \`npm test\`). Generated — do not edit by hand, run the command again. A mutant is
one small bug put into the source; it is *killed* when a test fails (or hangs) with it in. Score
= killed ÷ (killed + survived + not covered). Static mutants (code that runs only while a module
loads, such as the secret-name table) are left out and checked by table-driven tests; so are the
slowest test files (see [\`vitest.config.ts\`](../scripts/mutation/vitest.config.ts)): the score is
a lower bound. The machine is small and shared: run times vary.`
const DETECTED = ['Killed', 'Timeout']
const COUNTED = [...DETECTED, 'Survived', 'NoCoverage']

const args = process.argv.slice(2)
const reportOnly = args.includes('--report')
const named = args.filter((arg) => arg in SCOPES)
const extra = args.filter((arg) => arg !== '--report' && !(arg in SCOPES))
const scopes = named.length > 0 ? named : Object.keys(SCOPES)

const results = {}
for (const scope of scopes) {
  const started = Date.now()
  if (!reportOnly) {
    const stryker = spawnSync('npx', ['stryker', 'run', 'scripts/mutation/stryker.config.mjs', ...extra], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, MUTATION_SCOPE: scope },
    })
    if (stryker.status !== 0) process.exit(stryker.status ?? 1)
  }
  results[scope] = render(scope, summarize(scope), reportOnly ? undefined : (Date.now() - started) / 1000)
  console.log(`\n${results[scope]}`)
}
if (extra.length === 0) {
  const path = resolve(root, 'docs/benchmarks.md')
  writeFileSync(path, withResults(readFileSync(path, 'utf8'), results))
  // The tables come out unaligned: Prettier (as `npm run lint` checks it) lays them out.
  spawnSync('npx', ['prettier', '--write', path], { cwd: root, stdio: 'inherit' })
  console.log('\nWritten to docs/benchmarks.md.')
}

/** Counts by folder (src/core) or file (ui) from the scope's Stryker JSON report, and the survivors. */
function summarize(scope) {
  const path = resolve(root, `.tmp/mutation/${scope}.json`)
  const report = JSON.parse(readFileSync(path, 'utf8'))
  const rows = new Map()
  const survivors = []
  let ignored = 0
  for (const [file, { source, mutants }] of Object.entries(report.files)) {
    const name = SCOPES[scope].group(file)
    const row = rows.get(name) ?? { name, detected: 0, survived: 0, noCoverage: 0 }
    rows.set(name, row)
    const lines = source.split('\n')
    for (const mutant of mutants) {
      if (!COUNTED.includes(mutant.status)) {
        if (mutant.status === 'Ignored') ignored++
        continue
      }
      if (DETECTED.includes(mutant.status)) {
        row.detected++
        continue
      }
      if (mutant.status === 'Survived') row.survived++
      else row.noCoverage++
      const { start, end } = mutant.location
      const original =
        start.line === end.line ? lines[start.line - 1].slice(start.column - 1, end.column - 1) : '(several lines)'
      const status = mutant.status === 'Survived' ? '' : ' (no test reaches it)'
      survivors.push(
        `${file}:${start.line} ${mutant.mutatorName}: \`${shorten(original)}\` → \`${shorten(mutant.replacement ?? '')}\`${status}`,
      )
    }
  }
  const sorted = [...rows.values()].sort((a, b) => a.name.localeCompare(b.name))
  return { rows: sorted, survivors, ignored, date: statSync(path).mtime }
}

function shorten(code) {
  const flat = code.replace(/\s+/g, ' ').replaceAll('`', "'")
  return flat.length > 60 ? `${flat.slice(0, 59)}…` : flat
}

function score({ detected, survived, noCoverage }) {
  const total = detected + survived + noCoverage
  return total ? `${((100 * detected) / total).toFixed(1)} %` : '–'
}

/** One scope's subsection, between markers so that a later run of another scope keeps it. */
function render(scope, { rows, survivors, ignored, date }, seconds) {
  const cpu = cpus()
  const sum = (key) => rows.reduce((total, row) => total + row[key], 0)
  const total = { name: '**all**', detected: sum('detected'), survived: sum('survived'), noCoverage: sum('noCoverage') }
  const time = seconds === undefined ? '' : `, ${Math.round(seconds / 60)} min`
  const out = [
    `<!-- mutation:${scope} -->`,
    `### ${SCOPES[scope].title}: ${score(total)}`,
    '',
    `${date.toISOString()} · Node ${process.version}, ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}${time} · ${ignored} static mutants left out`,
    '',
    '| Folder or file | Killed | Survived | Not covered | Score |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...[...rows, total].map(
      (row) => `| ${row.name} | ${row.detected} | ${row.survived} | ${row.noCoverage} | ${score(row)} |`,
    ),
  ]
  if (survivors.length > 0) {
    out.push('', `<details><summary>${survivors.length} mutants no test caught</summary>`, '')
    out.push(...survivors.map((line) => `- ${line}`), '', '</details>')
  }
  out.push(`<!-- /mutation:${scope} -->`)
  return out.join('\n')
}

/** `markdown` with the Mutation score section holding `results` and the other scopes' last results. */
function withResults(markdown, results) {
  const start = markdown.indexOf('\n## Mutation score\n')
  const before = start === -1 ? markdown.trimEnd() : markdown.slice(0, start).trimEnd()
  const old = start === -1 ? '' : markdown.slice(start)
  const kept = (scope) => {
    const from = old.indexOf(`<!-- mutation:${scope} -->`)
    const to = old.indexOf(`<!-- /mutation:${scope} -->`)
    return from === -1 || to === -1 ? undefined : old.slice(from, to + `<!-- /mutation:${scope} -->`.length)
  }
  const parts = Object.keys(SCOPES)
    .map((scope) => results[scope] ?? kept(scope))
    .filter(Boolean)
  return `${before}\n\n${[INTRO, ...parts].join('\n\n')}\n`
}
