import { describe, expect, it } from 'vitest'
import { apiErrorTypes } from '../../src/core/index.js'
import { en, mergeMessages } from '../../src/messages/index.js'
import type { ApiErrorCatalog, ApiErrorMessages, PluralMessage, VisibleApiErrorType } from '../../src/messages/index.js'
import fr from '../../src/messages/fr.js'

const visibleTypes = apiErrorTypes.filter((type) => type !== 'Aborted') as VisibleApiErrorType[]
const catalogs: [string, ApiErrorCatalog][] = [['en', en], ['fr', fr]]

/** Every string in a catalog with its dotted path. */
function leaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]]
  if (typeof value !== 'object' || value === null) throw new Error(`non-string leaf at ${path}`)
  return Object.entries(value).flatMap(([key, child]) => leaves(child, path ? `${path}.${key}` : key))
}

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort()
/** The placeholders of every form of a plural message, which must all agree. */
const pluralPlaceholders = (message: PluralMessage): string[] => {
  const forms = [...new Set(Object.values(message).map((form) => placeholders(form).join()))]
  expect(forms).toHaveLength(1)
  return forms[0]!.split(',')
}

describe.each(catalogs)('the %s catalog', (locale, catalog) => {
  it('declares its locale', () => {
    expect(catalog.locale).toBe(locale)
  })

  it('covers exactly the visible types, without Aborted', () => {
    expect(visibleTypes).toHaveLength(28)
    expect(Object.keys(catalog.types).sort()).toEqual([...visibleTypes].sort())
    expect(Object.keys(catalog.types)).not.toContain('Aborted')
  })

  it('has no empty or padded strings', () => {
    for (const [path, text] of leaves(catalog)) {
      // The separator between a field's label and its message is the one string made of spacing.
      if (path === 'fieldSeparator') {
        expect(text, path).toMatch(/^\s*:\s+$/)
        continue
      }
      expect(text.trim(), path).not.toBe('')
      expect(text, path).toBe(text.trim())
    }
  })

  it('gives every type its own title and its own description', () => {
    const titles = visibleTypes.map((type) => catalog.types[type].title)
    const descriptions = visibleTypes.map((type) => catalog.types[type].description)
    expect(new Set(titles).size).toBe(visibleTypes.length)
    expect(new Set(descriptions).size).toBe(visibleTypes.length)
  })

  it('keeps type copy short and free of placeholders (the delay or reference may be unknown)', () => {
    for (const type of visibleTypes) {
      const { title, description } = catalog.types[type]
      expect(title.length, type).toBeLessThanOrEqual(40)
      expect(description.length, type).toBeLessThanOrEqual(160)
      expect(placeholders(title + description), type).toEqual([])
    }
  })

  it('puts the right placeholders in the templated strings', () => {
    expect(placeholders(catalog.retryCountdown)).toEqual(['seconds'])
    expect(pluralPlaceholders(catalog.retryAnnouncement)).toEqual(['seconds'])
    expect(placeholders(catalog.retryWait)).toEqual(['seconds'])
    expect(pluralPlaceholders(catalog.retryWaitAnnouncement)).toEqual(['seconds'])
    expect(placeholders(catalog.reference)).toEqual(['id'])
    expect(placeholders(catalog.serverDetail)).toEqual(['detail'])
    expect(pluralPlaceholders(catalog.fieldErrorsTitle)).toEqual(['count'])
    expect(pluralPlaceholders(catalog.offline.pending)).toEqual(['count'])
  })

  it('keeps the three upgrade prompts apart', () => {
    const { upgrade } = catalog
    expect(new Set([upgrade.paymentTitle, upgrade.quotaTitle, upgrade.limitTitle]).size).toBe(3)
    expect(new Set([upgrade.paymentDescription, upgrade.quotaDescription, upgrade.limitDescription]).size).toBe(3)
  })

  it('names severity in words, all different', () => {
    expect(new Set(Object.values(catalog.severity)).size).toBe(3)
  })

  it('gives every action its own label', () => {
    const labels = Object.values(catalog.actions)
    expect(labels).toHaveLength(8)
    expect(new Set(labels).size).toBe(8)
  })
})

describe('en and fr', () => {
  it('have the same keys everywhere', () => {
    expect(leaves(fr).map(([path]) => path)).toEqual(leaves(en).map(([path]) => path))
  })

  it('differ for every type', () => {
    for (const type of visibleTypes) {
      expect(fr.types[type].title, type).not.toBe(en.types[type].title)
      expect(fr.types[type].description, type).not.toBe(en.types[type].description)
    }
  })

  it('use the same placeholders in every string', () => {
    const frByPath = new Map(leaves(fr))
    for (const [path, text] of leaves(en)) {
      expect(placeholders(frByPath.get(path) ?? ''), path).toEqual(placeholders(text))
    }
  })
})

describe('wording the contract depends on', () => {
  it('says a 404 may mean no access', () => {
    expect(en.types.ResourceNotFound.title + en.types.ResourceNotFound.description).toMatch(/access/i)
    expect(fr.types.ResourceNotFound.title + fr.types.ResourceNotFound.description).toMatch(/accès/i)
  })

  it('tells a quota (can be raised) from a limit (cannot)', () => {
    for (const [locale, catalog] of catalogs) {
      expect(catalog.types.QuotaExceeded.title, locale).not.toBe(catalog.types.LimitExceeded.title)
      expect(catalog.types.QuotaExceeded.description, locale).not.toBe(catalog.types.LimitExceeded.description)
      expect(catalog.upgrade.quotaDescription, locale).not.toBe(catalog.upgrade.limitDescription)
    }
    expect(en.types.QuotaExceeded.description).toMatch(/raise|upgrade/i)
    expect(en.types.LimitExceeded.description).toMatch(/can’t be raised|cannot be raised/i)
    expect(en.types.LimitExceeded.description).toMatch(/smaller/i)
    expect(en.upgrade.limitDescription).toMatch(/smaller/i)
    expect(fr.types.QuotaExceeded.description).toMatch(/augmentez/i)
    expect(fr.types.LimitExceeded.description).toMatch(/ne peut pas être augmentée/i)
  })

  it('asks to sign in again for Unauthorized, to wait for RateLimited, to check the connection for Network', () => {
    expect(en.types.Unauthorized.description).toMatch(/sign in/i)
    expect(en.types.RateLimited.description).toMatch(/wait/i)
    expect(en.types.Network.description).toMatch(/connection/i)
    expect(fr.types.Unauthorized.description).toMatch(/reconnectez/i)
    expect(fr.types.RateLimited.description).toMatch(/patientez/i)
    expect(fr.types.Network.description).toMatch(/connexion/i)
  })

  it('never blames the user for server-side failures', () => {
    for (const type of ['Internal', 'Unknown', 'Unavailable'] as const) {
      const text = en.types[type].title + ' ' + en.types[type].description
      expect(text, type).not.toMatch(/you (entered|sent|provided)|your (input|request was invalid)|check what/i)
    }
  })

  it('follows French typography: a no-break space before : ; ? !', () => {
    for (const [path, text] of leaves(fr)) {
      expect(text, path).not.toMatch(/[^\u00a0\u202f][:;?!]/)
      expect(text, path).not.toMatch(/ [:;?!]/)
    }
    expect(fr.reference).toContain('\u00a0:')
  })
})

describe('mergeMessages', () => {
  it('overrides one title and leaves everything else alone', () => {
    const merged = mergeMessages(en, { types: { RateLimited: { title: 'Easy there' } } })
    expect(merged.types.RateLimited.title).toBe('Easy there')
    expect(merged.types.RateLimited.description).toBe(en.types.RateLimited.description)
    for (const type of visibleTypes.filter((t) => t !== 'RateLimited')) {
      expect(merged.types[type], type).toEqual(en.types[type])
    }
    expect(merged.actions).toEqual(en.actions)
    expect(merged.locale).toBe('en')
  })

  it('mutates neither input and shares no objects with the base', () => {
    const before = JSON.stringify(en)
    const overrides: ApiErrorMessages = { types: { Network: { title: 'Offline' } }, actions: { retry: 'Again' } }
    const overridesBefore = JSON.stringify(overrides)
    const merged = mergeMessages(en, overrides)
    expect(JSON.stringify(en)).toBe(before)
    expect(JSON.stringify(overrides)).toBe(overridesBefore)
    expect(merged).not.toBe(en)
    expect(merged.types).not.toBe(en.types)
    expect(merged.types.Timeout).not.toBe(en.types.Timeout)
    ;(merged.types.Timeout as { title: string }).title = 'changed'
    expect(en.types.Timeout.title).not.toBe('changed')
  })

  it('returns an equal copy without overrides', () => {
    expect(mergeMessages(fr)).toEqual(fr)
    expect(mergeMessages(fr)).not.toBe(fr)
  })

  it('ignores __proto__, constructor and prototype keys from hostile JSON', () => {
    const hostile = JSON.parse(
      '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},' +
        '"types":{"__proto__":{"polluted":"yes"},"Forbidden":{"__proto__":{"polluted":"yes"},"title":"No entry"}}}',
    ) as ApiErrorMessages
    expect(Object.prototype.hasOwnProperty.call(hostile, '__proto__')).toBe(true)
    const merged = mergeMessages(en, hostile)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect((merged as unknown as Record<string, unknown>).polluted).toBeUndefined()
    expect((merged.types as unknown as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype)
    expect(Object.getPrototypeOf(merged.types.Forbidden)).toBe(Object.prototype)
    expect(merged.types.Forbidden.title).toBe('No entry')
  })

  it('ignores non-string leaves and keys the catalog does not have', () => {
    const odd = JSON.parse(
      '{"locale":42,"types":{"Timeout":{"title":null,"description":["x"]},"Aborted":{"title":"hidden"}},' +
        '"actions":"nope","extra":"ignored"}',
    ) as ApiErrorMessages
    const merged = mergeMessages(en, odd)
    expect(merged).toEqual(en)
    expect(Object.keys(merged.types)).not.toContain('Aborted')
  })
})

describe('mergeMessages with plural messages', () => {
  it('takes a plural override whole, with forms the base does not have', () => {
    const pending = { zero: 'none', one: 'one', two: 'two', few: 'few', many: 'many', other: 'other' }
    const merged = mergeMessages(en, { offline: { pending } })
    expect(merged.offline.pending).toEqual(pending)
    expect(merged.offline.title).toBe(en.offline.title)
  })

  it('keeps the base plural for a string or a plural without `other`, and drops non-string forms', () => {
    const odd = JSON.parse('{"fieldErrorsTitle":"flat","offline":{"pending":{"one":"x"}},"retryAnnouncement":{"other":"o","few":7,"__proto__":{"x":1}}}') as ApiErrorMessages
    const merged = mergeMessages(en, odd)
    expect(merged.fieldErrorsTitle).toEqual(en.fieldErrorsTitle)
    expect(merged.offline.pending).toEqual(en.offline.pending)
    expect(merged.retryAnnouncement).toEqual({ other: 'o' })
  })
})
