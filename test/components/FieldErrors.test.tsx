import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import {
  ApiErrorProvider,
  ErrorMessage,
  FieldErrors,
  en,
  getFieldError,
  parseApiError,
  readApiError,
} from '../../src/index.js'
import fr from '../../src/messages/locales/fr.js'

const problem = () =>
  readApiError(
    new Response(
      JSON.stringify({
        type: 'https://api.test/problems/validation-failed',
        title: 'Invalid input',
        status: 422,
        errors: [
          { pointer: '/email', detail: 'is already taken' },
          { pointer: '/address/0/zip', detail: 'must have 5 digits' },
        ],
      }),
      { status: 422, headers: { 'content-type': 'application/problem+json' } },
    ),
  )

describe('FieldErrors and getFieldError', () => {
  it('lists every field the server rejected, with labels', async () => {
    render(<FieldErrors error={await problem()} labels={{ email: 'Email' }} />)
    const list = screen.getByRole('alert', { name: 'Problems to fix: 2' })
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Email: is already taken',
      'address.0.zip: must have 5 digits',
    ])
    expect(list).toBeInTheDocument()
  })

  it('finds the message for one field, so an input can be marked', async () => {
    const error = await problem()
    expect(getFieldError(error, 'email')).toBe('is already taken')
    expect(getFieldError(error, 'address.0.zip')).toBe('must have 5 digits')
    expect(getFieldError(error, 'name')).toBeUndefined()
    expect(getFieldError(null, 'email')).toBeUndefined()
  })

  it('renders nothing without field errors', () => {
    const { container } = render(<FieldErrors error={new Response(null, { status: 400 })} />)
    expect(container).toBeEmptyDOMElement()
  })
})

describe('ErrorMessage', () => {
  it('is one inline alert with the title and description', async () => {
    render(<ErrorMessage error={await problem()} id="form-error" />)
    const message = screen.getByRole('alert')
    expect(message).toHaveTextContent(en.types.InvalidDataFormat.title)
    expect(message).toHaveTextContent(en.types.InvalidDataFormat.description)
    expect(message).toHaveAttribute('id', 'form-error')
  })
})

describe('FieldErrors: hostile paths, separator and written severity', () => {
  const fields = (...paths: string[]) =>
    parseApiError({
      status: 422,
      headers: {},
      data: { type: 'InvalidDataFormat', errors: paths.map((field) => ({ field, message: 'is wrong' })) },
    })

  it('reads labels as own properties: __proto__, constructor and toString are only paths', () => {
    render(
      <FieldErrors
        error={fields('__proto__', 'constructor', 'toString', 'email')}
        labels={{ email: 'Email', toString: 'Text' }}
      />,
    )
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      '__proto__: is wrong',
      'constructor: is wrong',
      'Text: is wrong',
      'Email: is wrong',
    ])
  })

  it('joins label and message with the catalog separator (French writes a space before the colon)', () => {
    render(
      <ApiErrorProvider messages={fr}>
        <FieldErrors error={fields('email')} labels={{ email: 'Courriel' }} />
      </ApiErrorProvider>,
    )
    expect(screen.getByRole('listitem').textContent).toBe(`Courriel${fr.fieldSeparator}is wrong`)
    expect(fr.fieldSeparator).toBe('\u00a0: ')
  })

  it('writes its severity out, as the banners do', () => {
    render(<FieldErrors error={fields('email')} />)
    expect(screen.getByRole('alert')).toHaveTextContent(new RegExp(`^${en.severity.error}:`))
  })
})
