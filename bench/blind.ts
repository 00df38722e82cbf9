import { readApiError } from '../src/core/index.js'
import { batches, cell, measure, recorded, toResponse } from '../test/core/support/blindCorpus.js'
import type { Measure, Score } from '../test/core/support/blindCorpus.js'
import type { Row } from './table.js'

const show = (score: Score) => (Object.keys(score) as Measure[]).map((key) => `${key} ${cell(score[key])}`).join(' · ')

/**
 * Generalization: documented responses of vendors the kit was not built on, scored blind (before
 * any rule was written for them, as recorded in test/core/fixtures/blind/scores.json) and now.
 */
export async function run(): Promise<Row[]> {
  const rows: Row[] = []
  for (const [name, cases] of batches) {
    const errors = await Promise.all(cases.map((entry) => readApiError(toResponse(entry))))
    const { blind, blindAfterTuningOn12 } = recorded.batches[name]!
    const bench = `Blind ${name}: ${cases.length} documented responses, ${new Set(cases.map((c) => c.vendor)).size} vendors`
    const goal = 'blind: ≥ 95% unambiguous, ≥ 85% all, ≥ 90% fields, ids, waits'
    rows.push({ bench, contender: 'blind, at first sight', result: show(blind), goal })
    if (blindAfterTuningOn12)
      rows.push({
        bench,
        contender: 'blind, after rules tuned on batches 1–2',
        result: show(blindAfterTuningOn12),
        goal,
      })
    rows.push({
      bench,
      contender: '**react-api-errors** now',
      result: show(measure(cases, errors)),
      goal: 'floor held by the suite',
    })
  }
  return rows
}
