import { describe, expect, it } from 'vitest'
import { codeWords } from '../../../../src/core/parse/codeWords.js'

describe('codeWords splits a code into words, whatever its spelling', () => {
  it.each([
    ['item_name_in_use', ' item name in use '],
    ['itemNameInUse', ' item name in use '],
    ['ItemNameInUse', ' item name in use '],
    ['USER_EMAIL_TAKEN', ' user email taken '],
    ['validation-failed', ' validation failed '],
    ['Too Many Requests', ' too many requests '],
    ['APIKeyInvalid', ' api key invalid '],
    ['InvalidAuthenticationToken', ' invalid authentication token '],
    ['throttledRequest', ' throttled request '],
    ['NoSuchKey', ' no such key '],
    ['E0000011', ' e0000011 '],
    ['23505', ' 23505 '],
    ['path/not_found/..', ' path not found '],
    ['out-of-credit', ' out of credit '],
    ['errors.validation.EmailTaken', ' errors validation email taken '],
  ])('%s → %j', (code, words) => expect(codeWords(code)).toBe(words))

  it('drops an AWS namespace and a :… tail', () => {
    expect(codeWords('com.amazonaws.dynamodb.v20120810#ResourceNotFoundException')).toBe(
      ' resource not found exception ',
    )
    expect(codeWords('ValidationException:http://internal.amazon.com/coral/com.amazon.coral.validate/')).toBe(
      ' validation exception ',
    )
  })

  it('reads a code with other letters as words between them', () => {
    expect(codeWords('déjà_pris')).toBe(' d j pris ')
  })

  it('says nothing about prose (more than 8 words), very long strings and strings without a word', () => {
    expect(codeWords('Write requests to this field are no longer supported, use the new API')).toBeUndefined()
    expect(codeWords('one two three four five six seven eight')).toBe(' one two three four five six seven eight ')
    expect(codeWords(`x${'_y'.repeat(150)}`)).toBeUndefined()
    expect(codeWords('')).toBeUndefined()
    expect(codeWords('--//..')).toBeUndefined()
  })

  it('reads hostile input up to its bound (speed is in npm run bench)', () => {
    expect(codeWords('aA'.repeat(100))).toBeUndefined()
    expect(codeWords('AB'.repeat(100))).toBe(` ${'ab'.repeat(100)} `)
    expect(codeWords(`${'A'.repeat(199)}a`)).toBe(` ${'a'.repeat(198)} aa `)
    expect(codeWords('x'.repeat(1_000_000))).toBeUndefined()
  })
})
