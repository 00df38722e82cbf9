// The app-side registration the README documents: every TanStack Query error becomes an ApiError.
// Module augmentation is program-wide, so `tsc --noEmit` checks all of test/ with it in place.
import { QueryClient } from '@tanstack/react-query'
import type { DefaultError, useMutation, useQuery } from '@tanstack/react-query'
import { describe, expectTypeOf, test } from 'vitest'
import type { ApiError } from '../../src/core/index.js'
import { apiErrorQueryDefaults, connectApiErrors } from '../../src/query/index.js'

declare module '@tanstack/react-query' {
  interface Register {
    defaultError: ApiError
  }
}
// useQuery(...).error is now ApiError | null

describe('Register { defaultError: ApiError }', () => {
  test('makes DefaultError the ApiError', () => {
    expectTypeOf<DefaultError>().toEqualTypeOf<ApiError>()
  })

  test('types useQuery and useMutation errors as ApiError | null', () => {
    type QueryResult = ReturnType<typeof useQuery<{ name: string }>>
    expectTypeOf<QueryResult['error']>().toEqualTypeOf<ApiError | null>()
    type MutationResult = ReturnType<typeof useMutation<{ id: string }, DefaultError, string>>
    expectTypeOf<MutationResult['error']>().toEqualTypeOf<ApiError | null>()
  })

  test('keeps apiErrorQueryDefaults and connectApiErrors assignable', () => {
    const queryClient = new QueryClient({ defaultOptions: apiErrorQueryDefaults({ maxRetries: 2 }) })
    expectTypeOf(connectApiErrors).parameter(0).toEqualTypeOf<QueryClient>()
    expectTypeOf(connectApiErrors(queryClient)).toEqualTypeOf<() => void>()
    const throwOnError = apiErrorQueryDefaults().queries?.throwOnError
    expectTypeOf(throwOnError).extract<(...args: never[]) => boolean>().parameter(0).toEqualTypeOf<ApiError>()
  })
})
