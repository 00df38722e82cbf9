import { Bench } from 'tinybench'
import { apiErrorTypes, parseApiError } from '../src/core/index.js'
import { ratio } from './table.js'
import type { Row } from './table.js'

interface Sample {
  status: number
  headers: Record<string, string>
  text: string
}

/** Error responses as real APIs send them: Botpress bodies, problem+json, a bare `error` code. */
const raw: Sample[] = [
  {
    status: 429,
    headers: { 'retry-after': '3' },
    text: JSON.stringify({
      id: 'err_1712345678_a1b2c3',
      code: 429,
      type: 'RateLimited',
      message: 'Too many requests, please slow down',
    }),
  },
  {
    status: 400,
    headers: {},
    text: JSON.stringify({
      id: 'err_1712345678_d4e5f6',
      code: 400,
      type: 'InvalidDataFormat',
      message: 'Invalid data format: "name" is required',
    }),
  },
  {
    status: 403,
    headers: {},
    text: JSON.stringify({
      id: 'err_1712345678_g7h8i9',
      code: 403,
      type: 'QuotaExceeded',
      message: 'You have reached the message quota of your plan',
    }),
  },
  {
    status: 422,
    headers: { 'x-request-id': 'req_42' },
    text: JSON.stringify({
      type: 'https://example.com/problems/validation',
      title: 'Validation failed',
      status: 422,
      detail: 'Two fields are invalid',
      errors: [
        { path: 'email', message: 'must be an email' },
        { path: 'age', message: 'must be a number' },
      ],
    }),
  },
  { status: 404, headers: {}, text: JSON.stringify({ error: 'not_found', message: 'No such user' }) },
]
const samples = raw.map((sample) => ({
  ...sample,
  headers: new Headers({ 'content-type': 'application/json', ...sample.headers }),
  body: JSON.parse(sample.text) as unknown,
}))

/** The floor: the least a hand-written client does to name an error. */
const knownTypes = new Set<string>(apiErrorTypes)
const byStatus: Record<number, string> = {
  400: 'InvalidPayload',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'ResourceNotFound',
  409: 'Conflict',
  422: 'InvalidDataFormat',
  429: 'RateLimited',
  500: 'Internal',
}

const REPEAT = 20 // bodies per batch = REPEAT × samples: each sample is a batch, well above timer resolution
const ROUNDS = 7
let sink = 0

function floor() {
  for (let r = 0; r < REPEAT; r++) {
    for (const { status, text } of samples) {
      const body = JSON.parse(text) as { type?: unknown }
      const type =
        typeof body.type === 'string' && knownTypes.has(body.type) ? body.type : (byStatus[status] ?? 'Unknown')
      sink += type.length
    }
  }
}

function kitParsed() {
  for (let r = 0; r < REPEAT; r++) {
    for (const { status, headers, body } of samples) sink += parseApiError({ status, headers, data: body }).type.length
  }
}

function kitWithJsonParse() {
  for (let r = 0; r < REPEAT; r++) {
    for (const { status, headers, text } of samples)
      sink += parseApiError({ status, headers, data: JSON.parse(text) as unknown }).type.length
  }
}

/** Reference point: what merely constructing an `Error` (V8 captures its stack) costs, per body. */
function bareError() {
  for (let r = 0; r < REPEAT; r++) {
    for (const { text } of samples) sink += new Error(text).message.length
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/**
 * Each task's time per batch relative to the floor's, in rounds with the order rotating. The
 * median sample latency is used, not the mean: a preempted sample on a busy machine is an outlier.
 */
async function measure(): Promise<{ parsed: number[]; full: number[]; error: number[] }> {
  const tasks: [string, () => void][] = [
    ['floor', floor],
    ['parsed', kitParsed],
    ['full', kitWithJsonParse],
    ['error', bareError],
  ]
  const ratios = { parsed: [] as number[], full: [] as number[], error: [] as number[] }
  for (let round = 0; round < ROUNDS; round++) {
    const bench = new Bench({ time: 250, warmupTime: 100 })
    for (let i = 0; i < tasks.length; i++) {
      const [name, fn] = tasks[(i + round) % tasks.length]!
      bench.add(name, fn)
    }
    await bench.run()
    const p50 = (name: string) => {
      const result = bench.getTask(name)?.result
      if (result?.state !== 'completed') throw new Error(`parse cost: task ${name} did not complete`)
      return result.latency.p50
    }
    ratios.parsed.push(p50('parsed') / p50('floor'))
    ratios.full.push(p50('full') / p50('floor'))
    ratios.error.push(p50('error') / p50('floor'))
  }
  return ratios
}

export async function run(): Promise<Row[]> {
  // Sanity: the kit classifies every sample as the floor does (except where it knows better).
  const types = samples.map((s) => parseApiError({ status: s.status, headers: s.headers, data: s.body }).type)
  if (types.join() !== 'RateLimited,InvalidDataFormat,QuotaExceeded,InvalidDataFormat,ResourceNotFound')
    throw new Error(`parse cost: unexpected types ${types.join()}`)
  const { parsed, full, error } = await measure()
  if (sink === 0) throw new Error('parse cost: nothing was computed')
  const spread = (values: number[]) => `${ratio(Math.min(...values))}–${ratio(Math.max(...values))}`
  return [
    {
      bench: `Parse cost: ${samples.length} representative error bodies`,
      contender: '**`parseApiError({ status, headers, data })`** vs floor `JSON.parse` + lookup of `type`',
      result: `body already parsed: **${ratio(median(parsed))}** the floor's time (rounds ${spread(parsed)}) · with its own \`JSON.parse\`: **${ratio(median(full))}** (rounds ${spread(full)}) · a bare \`new Error()\` alone: ${ratio(median(error))}`,
      goal: `floor = 1.00× (median of ${ROUNDS} tinybench rounds; no goal set)`,
    },
  ]
}
