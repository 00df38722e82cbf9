import { readFileSync } from 'node:fs'
import { Bench } from 'tinybench'
import { parseApiError, readApiError } from '../src/core/index.js'
import { ratio, verdict } from './table.js'
import type { Row } from './table.js'

/** The corpus of documented error responses the tests replay (test/core/fixtures/real-responses.json). */
interface RealResponse {
  status: number
  headers: Record<string, string>
  body: unknown
  expect: { type: string }
}

const corpus = JSON.parse(
  readFileSync(new URL('../test/core/fixtures/real-responses.json', import.meta.url), 'utf8'),
) as RealResponse[]
// What the wire carries: the body as text, the headers as fetch hands them over.
const samples = corpus.map((c) => ({
  status: c.status,
  headers: new Headers(c.headers),
  text: typeof c.body === 'string' ? c.body : JSON.stringify(c.body),
}))

/** The floor: `JSON.parse`, a status table lookup and `new Error()`, the least a client does per body. */
const byStatus: Record<number, string> = {
  400: 'InvalidPayload',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'ResourceNotFound',
  409: 'Conflict',
  422: 'InvalidDataFormat',
  429: 'RateLimited',
  500: 'Internal',
  502: 'Unavailable',
  503: 'Unavailable',
  504: 'Timeout',
}
const ROUNDS = 11
const GOAL = 3
let sink = 0

function floor() {
  for (const { status, text } of samples) {
    let body: unknown
    try {
      body = JSON.parse(text)
    } catch {
      body = text
    }
    sink += new Error(byStatus[status] ?? 'Unknown', { cause: body }).message.length
  }
}

function kit() {
  for (const { status, headers, text } of samples) sink += parseApiError({ status, headers, data: text }).type.length
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!

export async function run(): Promise<Row[]> {
  // Sanity: the kit reads the corpus as its tests expect (readApiError on a Response, as in an app).
  const wrong = (
    await Promise.all(
      corpus.map(async (c, i) =>
        (await readApiError(new Response(samples[i]!.text, { status: c.status, headers: c.headers }))).type ===
        c.expect.type
          ? 0
          : 1,
      ),
    )
  ).reduce<number>((a, b) => a + b, 0)
  if (wrong) throw new Error(`corpus parse cost: ${wrong} cases classified differently from their expectation`)
  const ratios: number[] = []
  for (let round = 0; round < ROUNDS; round++) {
    const bench = new Bench({ time: 250, warmupTime: 100 })
    const tasks: [string, () => void][] = [
      ['floor', floor],
      ['kit', kit],
    ]
    for (const [name, fn] of round % 2 ? tasks.reverse() : tasks) bench.add(name, fn)
    await bench.run()
    const p50 = (name: string) => {
      const result = bench.getTask(name)?.result
      if (result?.state !== 'completed') throw new Error(`corpus parse cost: task ${name} did not complete`)
      return result.latency.p50
    }
    ratios.push(p50('kit') / p50('floor'))
  }
  if (sink === 0) throw new Error('corpus parse cost: nothing was computed')
  const result = median(ratios)
  return [
    {
      bench: `Parse cost: the ${corpus.length} documented real responses of the corpus`,
      contender:
        '**`parseApiError({ status, headers, data: text })`** vs floor `JSON.parse` + status lookup + `new Error()`',
      result: `**${ratio(result)}** the floor's time (rounds ${ratio(Math.min(...ratios))}–${ratio(Math.max(...ratios))})`,
      goal: verdict(result <= GOAL, `≤ ${GOAL}× (median of ${ROUNDS} tinybench rounds)`),
    },
  ]
}
