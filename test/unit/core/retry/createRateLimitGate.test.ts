import { describe, expect, it } from 'vitest'
import { createRateLimitGate } from '../../../../src/core/retry/createRateLimitGate.js'

// The gate also takes pauses from other tabs (crossTab): whatever asks, no pause outlasts a week.
const WEEK = 7 * 24 * 60 * 60 * 1000

describe('createRateLimitGate: a pause is at most a week', () => {
  it.each([
    ['years ahead', Date.now() + 1e12],
    ['at the end of time', Number.MAX_SAFE_INTEGER],
    ['Infinity', Infinity],
  ])('%s', (_name, until) => {
    const gate = createRateLimitGate()
    gate.pause('https://api.test', until)
    const left = gate.pausedFor('https://api.test')
    expect(left).toBeGreaterThan(WEEK - 1000)
    expect(left).toBeLessThanOrEqual(WEEK)
  })

  it('ignores a pause that is not a time', () => {
    const gate = createRateLimitGate()
    gate.pause('https://api.test', Number.NaN)
    expect(gate.pausedFor('https://api.test')).toBe(0)
  })

  it('a shorter pause is kept as asked', () => {
    const gate = createRateLimitGate()
    gate.pause('https://api.test', Date.now() + 5000)
    expect(gate.pausedFor('https://api.test')).toBeLessThanOrEqual(5000)
    expect(gate.pausedFor('https://api.test')).toBeGreaterThan(4000)
  })
})
