import { Bench } from 'tinybench'
import { parseApiError } from '../src/core/index.js'
import { ratio, verdict } from './table.js'
import type { Row } from './table.js'

/**
 * Server text against `JSON.parse` of the same text. Hostile: 64 KiB error bodies shaped to make
 * backtracking patterns quadratic (each took seconds before the patterns were made linear).
 * Large: what a big but ordinary answer costs — a long message, thousands of field errors, a
 * proxy's HTML page, hundreds of headers. The kit builds an `ApiError` from the text (its own
 * `JSON.parse`, classification, redaction, clipping).
 */
const SIZE = 64 * 1024
const fill = (unit: string, wrap: (filler: string) => string, size = SIZE) => {
  const overhead = wrap('').length
  return wrap(unit.repeat(Math.floor((size - overhead) / unit.length)))
}
const headers = new Headers({ 'content-type': 'application/json' })

interface Shape {
  name: string
  /** The text the floor parses. */
  text: string
  /** What the kit is given (by default the text as a 400's body) and the type it must find. */
  input?: unknown
  type?: string
  goal: number
  why: string
}

const HOSTILE = { goal: 30, why: 'linear; a quadratic pattern is > 1000×' }
const LARGE = { goal: 5, why: 'cut, capped and skipped, not read whole' }
const prose = 'The request could not be completed because one of the values was out of range. '
const fieldErrors = JSON.stringify({
  message: 'Validation failed',
  errors: Array.from({ length: 10_000 }, (_, i) => ({ field: `items.${i}.price`, message: 'must be positive' })),
})
const html = fill(
  '<p>An upstream server did not answer in time; please wait a moment and reload.</p>\n',
  (f) => `<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head><body>${f}</body></html>`,
  1024 * 1024,
)
const plainHeaders = Object.fromEntries(
  Array.from({ length: 500 }, (_, i) => [`X-Custom-Header-${i}`, `value-${i}-${'v'.repeat(24)}`]),
)

const shapes: Shape[] = [
  {
    name: '`?` × 64 KiB in a message (query-parameter redaction)',
    text: fill('?', (f) => JSON.stringify({ message: f })),
    ...HOSTILE,
  },
  {
    name: '`a.` × 32 Ki in a message (URL userinfo)',
    text: fill('a.', (f) => JSON.stringify({ message: f })),
    ...HOSTILE,
  },
  {
    name: '`%25` × 21 Ki in a carried parameter (encoded URL)',
    text: fill('%25', (f) => JSON.stringify({ message: `https://api.test/?next=${f}%3Ftoken%3Dx` })),
    ...HOSTILE,
  },
  {
    name: "`'a' ` × 16 Ki in a message (object dumps)",
    text: fill("'a' ", (f) => JSON.stringify({ message: `${f}{'password': 'x'}` })),
    ...HOSTILE,
  },
  {
    name: '`/token` × 10 Ki in a message (path credentials)',
    text: fill('/token', (f) => JSON.stringify({ message: `${f}/a1b2c3d4e5` })),
    ...HOSTILE,
  },
  {
    name: '`/` × 64 KiB + `x` in a problem `type`',
    text: fill('/', (f) => JSON.stringify({ type: `https://errors.test/${f}x`, title: 'Bad request' })),
    ...HOSTILE,
  },
  { name: 'a 64 KiB message', text: fill(prose, (f) => JSON.stringify({ message: f })), ...LARGE },
  {
    name: '10 000 field errors (640 KiB)',
    text: fieldErrors,
    input: { status: 422, headers, data: fieldErrors },
    type: 'InvalidDataFormat',
    ...LARGE,
  },
  {
    name: "a 1 MB proxy's HTML page",
    text: html,
    input: { status: 502, headers: new Headers({ 'content-type': 'text/html' }), data: html },
    type: 'Unavailable',
    ...LARGE,
  },
  {
    name: '500 plain-object headers (the floor parses them as JSON)',
    text: JSON.stringify(plainHeaders),
    input: { status: 503, headers: plainHeaders, data: '' },
    type: 'Unavailable',
    ...LARGE,
  },
]

const ROUNDS = 5
let sink = 0

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!

function floor(text: string): number {
  try {
    return (JSON.parse(text) as object) ? 1 : 0
  } catch {
    // An HTML page: JSON.parse gives up at its first character.
    return 2
  }
}

async function measure({ text, input }: Shape): Promise<number> {
  const given = input ?? { status: 400, headers, data: text }
  const ratios: number[] = []
  for (let round = 0; round < ROUNDS; round++) {
    const bench = new Bench({ time: 200, warmupTime: 50 })
    const tasks: [string, () => void][] = [
      ['floor', () => (sink += floor(text))],
      ['kit', () => (sink += parseApiError(given).message.length)],
    ]
    for (let i = 0; i < tasks.length; i++) bench.add(...tasks[(i + round) % tasks.length]!)
    await bench.run()
    const p50 = (name: string) => {
      const result = bench.getTask(name)?.result
      if (result?.state !== 'completed') throw new Error(`server text: task ${name} did not complete`)
      return result.latency.p50
    }
    ratios.push(p50('kit') / p50('floor'))
  }
  return median(ratios)
}

export async function run(): Promise<Row[]> {
  const rows: Row[] = []
  for (const shape of shapes) {
    const { name, text, input, type = 'InvalidPayload', goal, why } = shape
    if (parseApiError(input ?? { status: 400, data: text }).type !== type)
      throw new Error(`server text: ${name} was not parsed as ${type}`)
    const x = await measure(shape)
    rows.push({
      bench: `${goal === HOSTILE.goal ? 'Hostile' : 'Large'} server text: ${name}`,
      contender: `**\`parseApiError(${input ? '{ status, headers, data }' : '{ status: 400, headers, data: text }'})\`** vs floor \`JSON.parse(text)\``,
      result: `**${ratio(x)}** the floor's time`,
      goal: verdict(x <= goal, `≤ ${goal}× (${why}) — median of ${ROUNDS} rounds`),
    })
  }
  if (sink === 0) throw new Error('server text: nothing was computed')
  return rows
}
