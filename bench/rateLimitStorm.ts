import { performance } from 'node:perf_hooks'
import { startBenchServer, withDeadline } from './server.js'
import { verdict } from './table.js'
import type { Row } from './table.js'

/** Issue 3: 20 queries against a server that answers 429 `Retry-After: 3` for 3 s, then 200. */
export const QUERIES = 20
export const WINDOW_MS = 3_000
export const RETRY_AFTER_S = '3'
const RECOVERY_GOAL_MS = WINDOW_MS + 1_500
const DEADLINE_MS = 20_000

interface StormOutcome {
  /** Requests that reached the server while it answered 429. */
  inWindow: number
  total: number
  succeeded: number
  /** When the last of the 20 succeeded, if all did. */
  recoveredMs: number | undefined
  /** Wall time until every query settled (success or failure). */
  settledMs: number
  timedOut: boolean
}

export type Query = (base: string, index: number) => Promise<unknown>

export async function storm(query: Query): Promise<StormOutcome> {
  let firstAt: number | undefined
  const server = await startBenchServer((_req, _url, hit) => {
    firstAt ??= hit.at
    if (hit.at - firstAt < WINDOW_MS) {
      return {
        status: 429,
        headers: { 'retry-after': RETRY_AFTER_S },
        body: {
          id: `err_${Math.round(hit.at)}`,
          code: 429,
          type: 'RateLimited',
          message: 'Too many requests: slow down',
        },
      }
    }
    return { status: 200, body: { ok: true } }
  })
  const start = performance.now()
  const succeededAt: number[] = []
  const all = Promise.allSettled(
    Array.from({ length: QUERIES }, (_, index) =>
      query(server.base, index).then(() => void succeededAt.push(performance.now() - start)),
    ),
  )
  const settled = await withDeadline(all, DEADLINE_MS)
  const settledMs = performance.now() - start
  await server.close()
  return {
    inWindow: server.hits.filter((hit) => hit.status === 429).length,
    total: server.hits.length,
    succeeded: succeededAt.length,
    recoveredMs: succeededAt.length === QUERIES ? Math.max(...succeededAt) : undefined,
    settledMs,
    timedOut: settled === 'deadline',
  }
}

export function describe(outcome: StormOutcome): Pick<Row, 'result' | 'goal'> {
  const recovered =
    outcome.recoveredMs === undefined
      ? `not recovered (${outcome.timedOut ? 'still running at the deadline' : `gave up after ${(outcome.settledMs / 1000).toFixed(1)} s`})`
      : `recovered in ${(outcome.recoveredMs / 1000).toFixed(2)} s`
  const firstWaveOnly = outcome.inWindow <= QUERIES
  const inTime = outcome.recoveredMs !== undefined && outcome.recoveredMs <= RECOVERY_GOAL_MS
  return {
    result: `**${outcome.inWindow}** requests in the window (first wave: ${QUERIES}), ${outcome.total} in all · ${outcome.succeeded}/${QUERIES} succeeded · ${recovered}`,
    goal: `${verdict(firstWaveOnly, 'first wave only')} · ${verdict(inTime, `recovered ≤ ${RECOVERY_GOAL_MS / 1000} s`)}`,
  }
}
