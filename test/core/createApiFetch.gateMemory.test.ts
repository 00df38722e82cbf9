import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import { createApiFetch } from '../../src/core/index.js'
import { pause, rejection } from './support/server.js'

// A heap measurement, in a file of its own: a mutation run leaves it out (it needs a quiet heap).
describe('the gate forgets a pause once it is over', () => {
  // A real heap measurement: V8's gc, reachable in this worker once the flag is set.
  setFlagsFromString('--expose-gc')
  const gc = runInNewContext('gc') as () => void
  const heap = () => {
    gc()
    gc()
    return process.memoryUsage().heapUsed
  }

  const ORIGINS = 250
  // Long host names make the keys weigh 4 MB in all: holding them shows above the heap's noise.
  const padding = 'o'.repeat(16_000)
  const pauseAll = async (retryAfter: string) => {
    const rateLimited = () =>
      Promise.resolve(
        new Response('{"type":"RateLimited"}', {
          status: 429,
          headers: { 'retry-after': retryAfter, 'content-type': 'application/json' },
        }),
      )
    const apiFetch = createApiFetch({ fetch: rateLimited, maxGateWaitMs: 0 })
    const before = heap()
    for (let i = 0; i < ORIGINS; i++) await apiFetch(`https://${padding}${i}.test/`).catch(() => undefined)
    return { apiFetch, before }
  }

  it('holds the origins while they are paused (the measurement can see them)', async () => {
    const { apiFetch, before } = await pauseAll('60')
    await pause(1300)
    expect(heap() - before).toBeGreaterThan(3_500_000)
    expect(await rejection(apiFetch(`https://${padding}0.test/`))).toMatchObject({ type: 'RateLimited', status: 0 })
  }, 30_000)

  it('holds none of them once their pause is over', async () => {
    const { apiFetch, before } = await pauseAll('1')
    await pause(1300) // every pause (Retry-After: 1) is over; nothing called the gate since
    expect(heap() - before).toBeLessThan(1_000_000)
    // Forgetting does not weaken the gate: a new 429 pauses that origin again.
    await apiFetch(`https://${padding}0.test/`).catch(() => undefined)
    expect(await rejection(apiFetch(`https://${padding}0.test/`))).toMatchObject({ type: 'RateLimited', status: 0 })
  }, 30_000)
})
