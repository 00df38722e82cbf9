import { describe, expect, it } from 'vitest'
import { en, formatMessage } from '../../../src/messages/index.js'
import fr from '../../../src/messages/locales/fr.js'

describe('formatMessage', () => {
  it('fills placeholders with strings and numbers', () => {
    expect(formatMessage(en.retryCountdown, { seconds: 12 })).toBe('Retrying in 12 s')
    expect(formatMessage(en.reference, { id: 'req_123' })).toBe('Reference: req_123')
    expect(formatMessage('{a} and {a}, then {b}', { a: 1, b: 'two' })).toBe('1 and 1, then two')
    expect(formatMessage(fr.retryCountdown, { seconds: 0 })).toBe('Nouvel essai dans 0\u00a0s')
  })

  it('returns a template without placeholders unchanged', () => {
    expect(formatMessage('Plain text')).toBe('Plain text')
    expect(formatMessage('Braces { like this } stay', {})).toBe('Braces { like this } stay')
  })

  it('leaves missing values out cleanly, never printing undefined', () => {
    expect(formatMessage(en.reference)).toBe('Reference:')
    expect(formatMessage(en.reference, { id: undefined })).toBe('Reference:')
    expect(formatMessage(en.reference, { id: '' })).toBe('Reference:')
    expect(formatMessage(en.retryCountdown, {})).toBe('Retrying in s')
    expect(formatMessage('{count} problems', {})).toBe('problems')
    expect(formatMessage('Wait {seconds}.', { seconds: Number.NaN })).toBe('Wait.')
    expect(formatMessage('{a} {b}', { a: 'A' })).toBe('A')
    expect(formatMessage('{a} {b}', { b: 'B' })).toBe('B')
    expect(formatMessage('x {unknown} y', { other: 1 })).toBe('x y')
    expect(formatMessage(fr.reference, {})).toBe('Référence\u00a0:')
    for (const text of [formatMessage(en.reference), formatMessage('{x}', { x: undefined })]) {
      expect(text).not.toMatch(/undefined|null|NaN/)
    }
  })

  it('does not read values from the prototype chain', () => {
    expect(formatMessage('[{toString}][{constructor}][{__proto__}]', {})).toBe('[][][]')
  })

  it('inserts hostile values verbatim, as text', () => {
    const hostile = '<img src=x onerror=alert(1)>'
    expect(formatMessage(en.serverDetail, { detail: hostile })).toBe(`Details: ${hostile}`)
    expect(formatMessage('{a}', { a: '{b}', b: 'no' })).toBe('{b}')
    expect(formatMessage('{a}', { a: '$& $1 $$' })).toBe('$& $1 $$')
    expect(formatMessage('{a}', { a: '  spaced  ' })).toBe('  spaced  ')
  })
})

describe('formatMessage with a plural message', () => {
  const fields = { one: '{count} field', few: '{count} fields (few)', other: '{count} fields' }

  it("takes the form the locale's plural rules give for {count}", () => {
    expect(formatMessage(fields, { count: 1 })).toBe('1 field')
    expect(formatMessage(fields, { count: 2 })).toBe('2 fields')
    // English says "0 fields"; French puts 0 with 1.
    expect(formatMessage(fields, { count: 0 })).toBe('0 fields')
    expect(formatMessage(fields, { count: 0 }, 'fr')).toBe('0 field')
    // Polish uses `few` for 2–4.
    expect(formatMessage(fields, { count: 3 }, 'pl')).toBe('3 fields (few)')
  })

  it('counts seconds for the countdown strings', () => {
    expect(formatMessage(en.retryAnnouncement, { seconds: 1 })).toBe('Retrying automatically in 1 second.')
    expect(formatMessage(en.retryAnnouncement, { seconds: 5 })).toBe('Retrying automatically in 5 seconds.')
    expect(formatMessage(fr.retryWaitAnnouncement, { seconds: 1 }, 'fr')).toBe(
      'Vous pourrez réessayer dans 1\u00a0seconde.',
    )
  })

  it('falls back to `other` for a missing number, a missing form or an invalid locale', () => {
    expect(formatMessage(fields)).toBe('fields')
    expect(formatMessage({ other: '{count} items' }, { count: 1 })).toBe('1 items')
    expect(formatMessage(fields, { count: 1 }, 'not a locale!')).toBe('1 fields')
  })
})
