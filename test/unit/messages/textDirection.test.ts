import { describe, expect, it } from 'vitest'
import { textDirection } from '../../../src/messages/index.js'

describe('textDirection', () => {
  it('is rtl for languages written in Arabic, Hebrew or Thaana script', () => {
    for (const locale of ['ar', 'ar-EG', 'he', 'he-IL', 'fa', 'ur', 'ps', 'yi', 'dv', 'ckb', 'az-Arab', 'pa-Arab'])
      expect(textDirection(locale), locale).toBe('rtl')
  })

  it('is ltr for the others, including a right-to-left language written in Latin', () => {
    for (const locale of ['en', 'fr', 'de', 'es', 'pt-BR', 'ja', 'zh-Hant', 'az', 'pa', 'sr-Cyrl', 'ar-Latn'])
      expect(textDirection(locale), locale).toBe('ltr')
  })

  it('is ltr for a tag that is not BCP 47', () => {
    expect(textDirection('not a locale!')).toBe('ltr')
    expect(textDirection('')).toBe('ltr')
  })
})
