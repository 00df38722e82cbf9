// The serialized error has a name of its own, from core (server code) and the root entry alike.
import { describe, expectTypeOf, test } from 'vitest'
import { ApiError } from '../../src/core/index.js'
import type { ApiErrorJSON } from '../../src/core/index.js'
import type { ApiErrorJSON as RootApiErrorJSON, ErrorBannerProps } from '../../src/index.js'

describe('ApiErrorJSON', () => {
  test('is what toJSON() returns, in core and root', () => {
    expectTypeOf(new ApiError({ type: 'RateLimited' }).toJSON()).toEqualTypeOf<ApiErrorJSON>()
    expectTypeOf<RootApiErrorJSON>().toEqualTypeOf<ApiErrorJSON>()
  })

  test('is plain data a Server Action can return, and what components take', () => {
    expectTypeOf<ApiErrorJSON['type']>().toEqualTypeOf<ApiError['type']>()
    expectTypeOf<ApiErrorJSON>().not.toHaveProperty('toJSON')
    expectTypeOf<ApiErrorJSON>().toExtend<ErrorBannerProps['error']>()
  })
})
