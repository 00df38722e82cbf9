'use client'
import { useContext } from 'react'
import { ApiErrorContext } from './ApiErrorContext.js'
import type { ApiErrorContextValue } from './ApiErrorContext.js'

/** What the nearest `ApiErrorProvider` gives (English and no callbacks without one). */
export function useApiErrorContext(): ApiErrorContextValue {
  return useContext(ApiErrorContext)
}
