import { Bench } from 'tinybench'
import { parseApiError } from '../src/core/index.js'
import { ratio, verdict } from './table.js'
import type { Row } from './table.js'

/**
 * Hostile server text: 64 KiB error bodies shaped to make backtracking patterns quadratic (each
 * took seconds before the patterns were made linear). The kit builds an `ApiError` from the text
 * (its own `JSON.parse`, classification, redaction, clipping); the floor is `JSON.parse` of the same text.
 */
const SIZE = 64 * 1024
const fill = (unit: string, wrap: (filler: string) => string) => {
  const overhead = wrap('').length
  return wrap(unit.repeat(Math.floor((SIZE - overhead) / unit.length)))
}
const shapes = [
  {
    name: '`?` × 64 KiB in a message (query-parameter redaction)',
    text: fill('?', (f) => JSON.stringify({ message: f })),
  },
  { name: '`a.` × 32 Ki in a message (URL userinfo)', text: fill('a.', (f) => JSON.stringify({ message: f })) },
  {
    name: '`%25` × 21 Ki in a carried parameter (encoded URL)',
    text: fill('%25', (f) => JSON.stringify({ message: `https://api.test/?next=${f}%3Ftoken%3Dx` })),
  },
  {
    name: "`'a' ` × 16 Ki in a message (object dumps)",
    text: fill("'a' ", (f) => JSON.stringify({ message: `${f}{'password': 'x'}` })),
  },
  {
    name: '`/token` × 10 Ki in a message (path credentials)',
    text: fill('/token', (f) => JSON.stringify({ message: `${f}/a1b2c3d4e5` })),
  },
  {
    name: '`/` × 64 KiB + `x` in a problem `type`',
    text: fill('/', (f) => JSON.stringify({ type: `https://errors.test/${f}x`, title: 'Bad request' })),
  },
]

const GOAL = 30
const ROUNDS = 5
let sink = 0

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!

async function measure(text: string): Promise<number> {
  const headers = new Headers({ 'content-type': 'application/json' })
  const ratios: number[] = []
  for (let round = 0; round < ROUNDS; round++) {
    const bench = new Bench({ time: 200, warmupTime: 50 })
    const tasks: [string, () => void][] = [
      ['floor', () => (sink += (JSON.parse(text) as object) ? 1 : 0)],
      ['kit', () => (sink += parseApiError({ status: 400, headers, data: text }).message.length)],
    ]
    for (let i = 0; i < tasks.length; i++) bench.add(...tasks[(i + round) % tasks.length]!)
    await bench.run()
    const p50 = (name: string) => {
      const result = bench.getTask(name)?.result
      if (result?.state !== 'completed') throw new Error(`hostile text: task ${name} did not complete`)
      return result.latency.p50
    }
    ratios.push(p50('kit') / p50('floor'))
  }
  return median(ratios)
}

export async function run(): Promise<Row[]> {
  const rows: Row[] = []
  for (const { name, text } of shapes) {
    if (text.length > SIZE) throw new Error(`hostile text: ${name} is ${text.length} characters`)
    if (parseApiError({ status: 400, data: text }).type !== 'InvalidPayload')
      throw new Error(`hostile text: ${name} was not parsed`)
    const x = await measure(text)
    rows.push({
      bench: `Hostile server text: ${name}`,
      contender: '**`parseApiError({ status: 400, headers, data: text })`** vs floor `JSON.parse(text)`',
      result: `**${ratio(x)}** the floor's time`,
      goal: verdict(x <= GOAL, `≤ ${GOAL}× (linear; a quadratic pattern is > 1000×) — median of ${ROUNDS} rounds`),
    })
  }
  if (sink === 0) throw new Error('hostile text: nothing was computed')
  return rows
}
