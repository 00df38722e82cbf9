import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { expect, it, vi } from 'vitest'
import { ApiError, ApiErrorFallback, en } from '../../src/index.js'
import type { ApiErrorFallbackProps } from '../../src/index.js'

const error = new ApiError({ type: 'Internal', status: 500 })

it('takes a Next.js error.tsx { error, reset }: Retry calls reset', async () => {
  const reset = vi.fn()
  render(<ApiErrorFallback error={error} reset={reset} />)
  const fallback = screen.getByRole('alert', { name: new RegExp(en.types.Internal.title) })
  expect(fallback).toHaveFocus()
  await userEvent.click(screen.getByRole('button', { name: en.actions.retry }))
  expect(reset).toHaveBeenCalledTimes(1)
})

it('prefers Next 16 retry over reset when both are given', async () => {
  const reset = vi.fn()
  const retry = vi.fn()
  render(<ApiErrorFallback error={new ApiError({ type: 'Forbidden' })} reset={reset} retry={retry} />)
  await userEvent.click(screen.getByRole('button', { name: en.actions.retry }))
  expect(retry).toHaveBeenCalledTimes(1)
  expect(reset).not.toHaveBeenCalled()
})

it('says what to pass when it gets no reset function', () => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined)
  expect(() => render(<ApiErrorFallback {...({ error } as unknown as ApiErrorFallbackProps)} />)).toThrow(
    /resetErrorBoundary.*error\.tsx/,
  )
})
