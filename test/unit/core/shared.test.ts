import { afterEach, describe, expect, it, vi } from 'vitest'
import { abortable, sleep } from '../../../src/core/shared/abortable.js'
import { functionOption, MAX_TIMER_MS, misuse, numberOption } from '../../../src/core/shared/options.js'
import { trimEnd } from '../../../src/core/shared/trimEnd.js'
import { truncate } from '../../../src/core/shared/truncate.js'

afterEach(() => vi.useRealTimers())

describe('abortable', () => {
  it('passes the value through and runs cleanup once', async () => {
    const cleanup = vi.fn()
    expect(await abortable(Promise.resolve(7), new AbortController().signal, cleanup)).toBe(7)
    expect(cleanup).toHaveBeenCalledTimes(1)
  })

  it('rejects at once, with the reason, for a signal that is already aborted', async () => {
    const controller = new AbortController()
    const reason = new Error('gone')
    controller.abort(reason)
    const cleanup = vi.fn()
    await expect(abortable(new Promise(() => {}), controller.signal, cleanup)).rejects.toBe(reason)
    expect(cleanup).toHaveBeenCalledTimes(1)
  })

  it('rejects with the reason when the signal aborts later', async () => {
    const controller = new AbortController()
    const pending = abortable(new Promise(() => {}), controller.signal)
    controller.abort(new Error('later'))
    await expect(pending).rejects.toThrow('later')
  })
})

describe('sleep', () => {
  it('waits the time given', async () => {
    vi.useFakeTimers()
    let done = false
    void sleep(1000, undefined).then(() => (done = true))
    await vi.advanceTimersByTimeAsync(999)
    expect(done).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    expect(done).toBe(true)
  })

  it('leaves no timer behind when aborted', async () => {
    vi.useFakeTimers()
    const controller = new AbortController()
    const pending = sleep(60_000, controller.signal)
    expect(vi.getTimerCount()).toBe(1)
    controller.abort()
    await expect(pending).rejects.toThrow()
    expect(vi.getTimerCount()).toBe(0)
  })
})

describe('trimEnd and truncate', () => {
  it.each([
    ['a/b//', 'a/b'],
    ['///', ''],
    ['', ''],
    ['a', 'a'],
  ])('trimEnd(%j, "/") is %j', (text, kept) => expect(trimEnd(text, '/')).toBe(kept))

  it('keeps a text of exactly the limit whole, and cuts one longer to the limit with …', () => {
    expect(truncate('abcde', 5)).toBe('abcde')
    expect(truncate('abcdef', 5)).toBe('abcd…')
  })
})

describe('option checks', () => {
  it('names what it got: a number as itself, null as null, anything else by its type', () => {
    expect(() => misuse('f', 'x is wrong', 5, 'Fix it.')).toThrow('f: x is wrong (got 5). Fix it.')
    expect(() => misuse('f', 'x is wrong', null, 'Fix it.')).toThrow('f: x is wrong (got null). Fix it.')
    expect(() => misuse('f', 'x is wrong', 'secret-token', 'Fix it.')).toThrow('f: x is wrong (got string). Fix it.')
  })

  it('numberOption says the range and how to leave the option out', () => {
    expect(numberOption('f', 'ms', undefined, 10)).toBe(10)
    expect(numberOption('f', 'ms', MAX_TIMER_MS, 10)).toBe(MAX_TIMER_MS)
    expect(() => numberOption('f', 'ms', 2 ** 31, 10)).toThrow(
      `f: ms must be a number of milliseconds between 0 and ${2 ** 31 - 1} (got ${2 ** 31}). Leave it out for the default, 10.`,
    )
    expect(() => numberOption('f', 'ms', -1, undefined, 0, Infinity)).toThrow(
      'f: ms must be a number of milliseconds from 0 (got -1). Leave it out for no limit.',
    )
    expect(() => numberOption('f', 'n', 1.5, 3, 0, Infinity, true)).toThrow('f: n must be a whole number from 0')
  })

  it('functionOption allows undefined unless required', () => {
    expect(() => functionOption('f', 'cb', undefined, 'Pass one.')).not.toThrow()
    expect(() => functionOption('f', 'cb', undefined, 'Pass one.', true)).toThrow('f: cb must be a function')
    expect(() => functionOption('f', 'cb', 'x', 'Pass one.')).toThrow('(got string). Pass one.')
  })
})
