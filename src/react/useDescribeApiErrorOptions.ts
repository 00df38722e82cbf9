'use client'
import { useContext, useMemo } from 'react'
import type { DescribeApiErrorOptions } from '../messages/index.js'
import { ApiErrorContext } from './ApiErrorContext.js'

/**
 * The nearest `ApiErrorProvider`'s language and rules — its catalog, `locale`, `translate`,
 * `showServerMessages` and `aliases` — as options for `describeApiError` and `applyFieldErrors`,
 * which run outside render (a submit handler, a toast): their copy then matches the banners'.
 */
export function useDescribeApiErrorOptions(): DescribeApiErrorOptions {
  const { catalog, locale, translate, showServerMessages, aliases } = useContext(ApiErrorContext)
  return useMemo(
    () => ({ messages: catalog, locale, translate, showServerMessages, aliases }),
    [catalog, locale, translate, showServerMessages, aliases],
  )
}
