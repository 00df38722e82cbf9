'use client'
import { useContext, useMemo } from 'react'
import { parseApiError } from '../core/index.js'
import type { ApiError } from '../core/index.js'
import { ApiErrorContext } from './ApiErrorContext.js'

/** `input` as `parseApiError` reads it with the provider's aliases, parsed once per value; null when there is no error. */
export function useParsedError(input: unknown): ApiError | null {
  const { aliases } = useContext(ApiErrorContext)
  return useMemo(
    () => (input === null || input === undefined ? null : parseApiError(input, { aliases })),
    [input, aliases],
  )
}
