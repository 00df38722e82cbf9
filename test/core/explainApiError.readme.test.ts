import { expect, it, vi } from 'vitest'
import { explainApiError } from '../../src/core/index.js'

it('README "Why this type?": the table it prints says what decided, and where the wait came from', () => {
  const table = vi.spyOn(console, 'table').mockImplementation(() => undefined)
  const failure = {
    status: 403,
    headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset-after': '60' },
    data: { message: 'API rate limit exceeded' },
  }
  const { error, evidence } = explainApiError(failure)
  console.table(evidence)
  // status   403          response status                      kept
  // type     RateLimited  status 403 with its rate limit spent  decided
  // wait     60000 ms     header x-ratelimit-remaining: 0, x-ratelimit-reset-after: 60  kept
  expect(table).toHaveBeenCalledWith(evidence)
  table.mockRestore()
  expect(error.type).toBe('RateLimited')
  expect(evidence).toEqual(
    expect.arrayContaining([
      { about: 'status', value: '403', from: 'response status', verdict: 'kept' },
      { about: 'type', value: 'RateLimited', from: 'status 403 with its rate limit spent', verdict: 'decided' },
      {
        about: 'wait',
        value: '60000 ms',
        from: 'header x-ratelimit-remaining: 0, x-ratelimit-reset-after: 60',
        verdict: 'kept',
      },
    ]),
  )
})
