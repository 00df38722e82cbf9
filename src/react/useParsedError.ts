'use client'
import { useMemo } from 'react'
import { parseApiError } from '../core/index.js'
import type { ApiError } from '../core/index.js'

/** `input` as `parseApiError` reads it, parsed once per value; null when there is no error. */
export function useParsedError(input: unknown): ApiError | null {
  return useMemo(() => (input === null || input === undefined ? null : parseApiError(input)), [input])
}
