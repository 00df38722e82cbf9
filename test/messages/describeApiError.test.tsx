import { render, renderHook, screen } from '@testing-library/react'
import type { ReactNode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import {
  ApiError,
  ApiErrorProvider,
  ErrorBanner,
  apiErrorTypes,
  describeApiError,
  en,
  parseApiError,
  readApiError,
  useApiError,
} from '../../src/index.js'
import type { ApiErrorProviderProps } from '../../src/index.js'
import fr from '../../src/messages/locales/fr.js'

const everyCallback = {
  onSignIn: () => undefined,
  onUpgrade: () => undefined,
  onContactSupport: () => undefined,
  onRequestAccess: () => undefined,
}

/** What useApiError shows for `error` under a provider with `props` (every action has a callback and onRetry is given). */
function hookCopy(error: ApiError, props: Omit<ApiErrorProviderProps, 'children'>) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <ApiErrorProvider {...everyCallback} {...props}>
      {children}
    </ApiErrorProvider>
  )
  const { type, severity, title, description, actionLabel, detail, reference } = renderHook(
    () => useApiError(error, { onRetry: () => undefined }),
    { wrapper },
  ).result.current
  return JSON.parse(JSON.stringify({ type, severity, title, description, actionLabel, detail, reference })) as unknown
}

const sample = (type: (typeof apiErrorTypes)[number]) =>
  new ApiError({ type, message: `server says: ${type} rejected`, id: `req_${type}` })

describe('describeApiError', () => {
  it.each(apiErrorTypes.filter((type) => type !== 'Aborted'))(
    '%s: the same copy as useApiError, in English and French',
    (type) => {
      const error = sample(type)
      for (const options of [{}, { messages: fr, showServerMessages: true }] as const) {
        expect(describeApiError(error, options)).toEqual(hookCopy(error, options))
      }
    },
  )

  it('labels every action but none and fixInput; a quota is raised', () => {
    for (const type of apiErrorTypes) {
      const { action } = new ApiError({ type })
      const { actionLabel } = describeApiError(new ApiError({ type }))
      if (action === 'none' || action === 'fixInput') expect(actionLabel, type).toBeUndefined()
      else expect(actionLabel, type).toBe(type === 'QuotaExceeded' ? en.actions.raiseQuota : en.actions[action])
    }
  })

  it('shows a 4xx server message as a truncated detail only where allowed, never 5xx, Unknown or Internal text', () => {
    const long = new ApiError({ type: 'AlreadyExists', status: 409, message: `Handle ${'x'.repeat(300)}` })
    expect(describeApiError(long).detail).toBeUndefined()
    const { detail } = describeApiError(long, { showServerMessages: true })
    expect(detail).toMatch(/^Details: Handle x+…$/)
    expect(detail!.length).toBeLessThan(220)
    expect(describeApiError(long, { showServerMessages: (error) => error.type === 'Conflict' }).detail).toBeUndefined()
    for (const error of [
      new ApiError({ type: 'Internal', status: 500, message: 'db password wrong' }),
      new ApiError({ type: 'Unknown', status: 418, message: 'stack trace' }),
    ]) {
      expect(describeApiError(error, { showServerMessages: true })).not.toHaveProperty('detail')
    }
  })

  it('never shows a message the kit wrote as server text, also after toJSON and parsing again', async () => {
    const empty = await readApiError(new Response(null, { status: 422, statusText: 'Unprocessable Entity' }))
    expect(empty.message).toBe('Request failed with status 422 Unprocessable Entity')
    const built = new ApiError({ type: 'Conflict', status: 409 })
    for (const error of [
      empty,
      parseApiError(JSON.parse(JSON.stringify(empty))),
      built,
      parseApiError(built.toJSON()),
    ]) {
      expect(describeApiError(error, { showServerMessages: true }), error.message).not.toHaveProperty('detail')
    }
    render(
      <ApiErrorProvider showServerMessages>
        <ErrorBanner error={empty} />
      </ApiErrorProvider>,
    )
    expect(screen.getByRole('alert')).not.toHaveTextContent('Request failed')
    // What the server writes on the same status is its own.
    const written = await readApiError(Response.json({ message: 'The handle is taken' }, { status: 422 }))
    expect(describeApiError(written, { showServerMessages: true }).detail).toContain('The handle is taken')
  })

  it('reads raw failures, overrides and a translate adapter; explains misuse', () => {
    const fromResponse = describeApiError(new Response(null, { status: 429, headers: { 'retry-after': '3' } }))
    expect(fromResponse).toEqual({
      type: 'RateLimited',
      severity: 'info',
      title: en.types.RateLimited.title,
      description: en.types.RateLimited.description,
      actionLabel: en.actions.retry,
    })
    expect(
      describeApiError(new ApiError({ type: 'Forbidden' }), {
        messages: { types: { Forbidden: { title: 'Members only' } } },
      }).title,
    ).toBe('Members only')
    const translate = vi.fn((key: string, values: Readonly<Record<string, string | number>>) =>
      key === 'apiErrors.reference' ? `Ref ${values.id}` : undefined,
    )
    expect(describeApiError(new ApiError({ type: 'Internal', id: 'abc' }), { translate }).reference).toBe(
      'Ref \u2068abc\u2069',
    )
    expect(() => describeApiError(new ApiError({ type: 'Internal' }), { translate: 'i18next' as never })).toThrow(
      /translate must be a function/,
    )
  })

  it('gives what ErrorBanner renders', () => {
    const error = new ApiError({ type: 'ReferenceConstraint', status: 409, message: 'used by 3 invoices', id: 'req_9' })
    const copy = describeApiError(error, { messages: fr, showServerMessages: true })
    render(
      <ApiErrorProvider messages={fr} showServerMessages>
        <ErrorBanner error={error} />
      </ApiErrorProvider>,
    )
    const banner = screen.getByRole('alert')
    for (const text of [copy.title, copy.description, copy.detail, copy.reference])
      expect(banner.textContent).toContain(text)
  })

  it('has nothing to say for Aborted', () => {
    expect(describeApiError(new DOMException('x', 'AbortError'))).toMatchObject({
      type: 'Aborted',
      title: '',
      description: '',
    })
  })
})
