// `npm run mutation`: Stryker over each scope (scopes.mjs: one per folder of src/core, and `ui`),
// then each scope's score, per file, into the "Mutation score" section of docs/benchmarks.md,
// with a summary; a scope not run this time keeps its last result there.
//   npm run mutation                     every scope, one after another
//   npm run mutation -- parse ui         only the scopes named
//   npm run mutation -- --report parse   rewrite a scope's result from its last report, without running
//   npm run mutation -- parse --mutate src/core/parse/unwrap.ts   a partial run: printed, not written
import { spawnSync } from 'node:child_process'
import { cpus } from 'node:os'
import { readFileSync, statSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { SCOPES } from './scopes.mjs'

const root = resolve(import.meta.dirname, '../..')
const title = (scope) => (scope === 'ui' ? 'countdown, banner and offline modules' : `src/core/${scope}`)
const INTRO = `## Mutation score

Reproduce with \`npm run mutation\` (Stryker, [\`scripts/mutation/\`](../scripts/mutation/run.mjs); long,
so not part of \`npm test\`; \`npm run mutation -- parse\` runs one folder). Generated — do not
edit by hand, run the command again. A mutant is one small bug put into the source; it is
*killed* when a test fails (or hangs) with it in. Score = killed ÷ (killed + survived + not
covered). Static mutants (code that runs only while a module loads, such as the secret-name
table) are left out and checked by table-driven tests; so are the slowest test files (see
[\`vitest.config.ts\`](../scripts/mutation/vitest.config.ts)): the score is a lower bound. The
machine is small and shared: run times vary.`
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

/** Counts by file from the scope's Stryker JSON report, and the survivors. */
function summarize(scope) {
  const path = resolve(root, `.tmp/mutation/${scope}.json`)
  const report = JSON.parse(readFileSync(path, 'utf8'))
  const rows = new Map()
  const survivors = []
  let ignored = 0
  for (const [file, { source, mutants }] of Object.entries(report.files)) {
    const name = file.split('/').at(-1)
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
    `### ${title(scope)}: ${score(total)}`,
    '',
    `${date.toISOString()} · Node ${process.version}, ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}${time} · ${ignored} static mutants left out`,
    '',
    '| File | Killed | Survived | Not covered | Score |',
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
  const parts = Object.fromEntries(Object.keys(SCOPES).map((scope) => [scope, results[scope] ?? kept(scope)]))
  return `${before}\n\n${[INTRO, summary(parts), ...Object.values(parts).filter(Boolean)].join('\n\n')}\n`
}

/** One row per scope, read back from its subsection, and src/core's folders added up. */
function summary(parts) {
  const rows = Object.entries(parts).map(([scope, text]) => {
    const all = text?.match(/\| \*\*all\*\* +\| +(\d+) +\| +(\d+) +\| +(\d+) +\|/)
    const counts = all ? { detected: +all[1], survived: +all[2], noCoverage: +all[3] } : undefined
    return { scope, counts, date: text?.match(/^(\d{4}-\d\d-\d\d)T/m)?.[1] }
  })
  const core = rows.filter((row) => row.scope !== 'ui' && row.counts)
  const add = (key) => core.reduce((total, row) => total + row.counts[key], 0)
  const coreTotal = { detected: add('detected'), survived: add('survived'), noCoverage: add('noCoverage') }
  const line = (name, counts, date) =>
    counts
      ? `| ${name} | ${date ?? ''} | ${counts.detected} | ${counts.survived} | ${counts.noCoverage} | ${score(counts)} |`
      : `| ${name} | not run yet | | | | |`
  return [
    '| Scope | Run on | Killed | Survived | Not covered | Score |',
    '| --- | --- | ---: | ---: | ---: | ---: |',
    ...rows.map((row) => line(title(row.scope), row.counts, row.date)),
    line(`**src/core** (${core.length} of ${rows.length - 1} folders run)`, coreTotal),
  ].join('\n')
}
