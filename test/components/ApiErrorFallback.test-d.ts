// ApiErrorFallback fits both error boundaries it is documented for: react-error-boundary's
// FallbackComponent and a Next.js error.tsx. Next is not a dependency here, so its props are
// written as Next 16's `ErrorInfo` declares them (next/dist/client/components/error-boundary.d.ts)
// and as its docs show them for error.tsx (`error: Error & { digest?: string }`).
import type { ComponentType } from 'react'
import type { FallbackProps } from 'react-error-boundary'
import { describe, expectTypeOf, test } from 'vitest'
import { ApiErrorFallback } from '../../src/index.js'
import type { ApiErrorFallbackProps } from '../../src/index.js'

type NextErrorInfo = { error: unknown; reset: () => void; retry: () => void }
type NextErrorPageProps = { error: Error & { digest?: string }; reset: () => void }

describe('ApiErrorFallback props', () => {
  test('fit react-error-boundary FallbackComponent', () => {
    expectTypeOf(ApiErrorFallback).toExtend<ComponentType<FallbackProps>>()
  })

  test('fit a Next.js error.tsx, with and without Next 16 retry', () => {
    expectTypeOf(ApiErrorFallback).toExtend<ComponentType<NextErrorInfo>>()
    expectTypeOf(ApiErrorFallback).toExtend<ComponentType<NextErrorPageProps>>()
    expectTypeOf<NextErrorPageProps>().toExtend<ApiErrorFallbackProps>()
  })

  test('need a way to reset', () => {
    expectTypeOf<{ error: unknown }>().not.toExtend<ApiErrorFallbackProps>()
    expectTypeOf<{ error: unknown; reset: string }>().not.toExtend<ApiErrorFallbackProps>()
  })
})
