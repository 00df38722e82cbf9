import { describe, expect, it } from 'vitest'
import { apiErrorTypes } from '../../../src/core/index.js'
import { en, isPluralMessage, mergeMessages } from '../../../src/messages/index.js'
import type {
  ApiErrorCatalog,
  ApiErrorMessages,
  PluralMessage,
  VisibleApiErrorType,
} from '../../../src/messages/index.js'
import ar from '../../../src/messages/locales/ar.js'
import de from '../../../src/messages/locales/de.js'
import es from '../../../src/messages/locales/es.js'
import fr from '../../../src/messages/locales/fr.js'
import ja from '../../../src/messages/locales/ja.js'
import ptBR from '../../../src/messages/locales/pt-BR.js'

const visibleTypes = apiErrorTypes.filter((type) => type !== 'Aborted') as VisibleApiErrorType[]
const catalogs: [string, ApiErrorCatalog][] = [
  ['en', en],
  ['fr', fr],
  ['de', de],
  ['es', es],
  ['pt-BR', ptBR],
  ['ja', ja],
  ['ar', ar],
]
const translations = catalogs.filter(([locale]) => locale !== 'en')

/**
 * Strings a translation may share with English because the language really says it the same way.
 * Punctuation-only strings are the same in every language written with a Latin colon.
 */
const SAME_AS_ENGLISH: Readonly<Record<string, readonly string[]>> = {
  fr: [],
  de: ['fieldSeparator', 'severityLabel', 'serverDetail'], // „Details“ is the German word too.
  es: ['fieldSeparator', 'severityLabel', 'severity.error'], // «Error» is the Spanish word too.
  'pt-BR': ['fieldSeparator', 'severityLabel'],
  ja: ['fieldSeparator', 'severityLabel'],
  ar: ['fieldSeparator', 'severityLabel'], // Arabic writes the same colon.
}

/** Every string in a catalog with its dotted path. */
function leaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]]
  if (typeof value !== 'object' || value === null) throw new Error(`non-string leaf at ${path}`)
  return Object.entries(value).flatMap(([key, child]) => leaves(child, path ? `${path}.${key}` : key))
}

/** Every message of a catalog with its dotted path: a plural message counts as one. */
function messages(value: unknown, path = ''): [string, string | PluralMessage][] {
  if (typeof value === 'string' || isPluralMessage(value)) return [[path, value]]
  return Object.entries(value as object).flatMap(([key, child]) => messages(child, path ? `${path}.${key}` : key))
}

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort()

/** Whether exactly one whole number (of 0–1000) takes `category` in `locale`: then a form may say the number in words. */
function singleNumber(locale: string, category: string): boolean {
  const rules = new Intl.PluralRules(locale)
  return Array.from({ length: 1001 }, (_, n) => n).filter((n) => rules.select(n) === category).length === 1
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
    expect(placeholders(catalog.retryAnnouncement.other)).toEqual(['seconds'])
    expect(placeholders(catalog.retryWait)).toEqual(['seconds'])
    expect(placeholders(catalog.retryWaitAnnouncement.other)).toEqual(['seconds'])
    expect(placeholders(catalog.reference)).toEqual(['id'])
    expect(placeholders(catalog.serverDetail)).toEqual(['detail'])
    expect(placeholders(catalog.fieldErrorsTitle.other)).toEqual(['count'])
    expect(placeholders(catalog.offline.pending.other)).toEqual(['count'])
  })

  it('gives every counted message exactly the plural forms the language uses', () => {
    const categories = [...new Intl.PluralRules(locale).resolvedOptions().pluralCategories].sort()
    for (const [path, message] of messages(catalog)) {
      if (typeof message === 'string') continue
      expect(Object.keys(message).sort(), path).toEqual(categories)
    }
  })

  it('leaves the number out of a plural form only where one number takes it (Arabic “two seconds” is one word)', () => {
    for (const [path, message] of messages(catalog)) {
      if (typeof message === 'string') continue
      const expected = placeholders(message.other)
      for (const [category, form] of Object.entries(message)) {
        const found = placeholders(form)
        if (found.length < expected.length) expect(singleNumber(locale, category), `${path}.${category}`).toBe(true)
        for (const name of found) expect(expected, `${path}.${category}`).toContain(name)
      }
    }
  })

  it('keeps the three upgrade prompts apart', () => {
    const { PaymentRequired, QuotaExceeded, LimitExceeded } = catalog.types
    expect(new Set([PaymentRequired.title, QuotaExceeded.title, LimitExceeded.title]).size).toBe(3)
    expect(new Set([PaymentRequired.description, QuotaExceeded.description, LimitExceeded.description]).size).toBe(3)
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

describe.each(translations)('the %s translation of en', (locale, catalog) => {
  it('has every message of en and no other', () => {
    expect(messages(catalog).map(([path]) => path)).toEqual(messages(en).map(([path]) => path))
  })

  it('differs for every type', () => {
    for (const type of visibleTypes) {
      expect(catalog.types[type].title, type).not.toBe(en.types[type].title)
      expect(catalog.types[type].description, type).not.toBe(en.types[type].description)
    }
  })

  it('uses the placeholders of en in every message, and no other', () => {
    const byPath = new Map(messages(catalog))
    for (const [path, english] of messages(en)) {
      const own = byPath.get(path)
      const text = (message: string | PluralMessage | undefined) =>
        typeof message === 'string' ? message : (message?.other ?? '')
      expect(placeholders(text(own)), path).toEqual(placeholders(text(english)))
    }
  })

  it('translates every string, except the ones listed as the same word', () => {
    const english = new Map(messages(en).map(([path, message]) => [path, JSON.stringify(message)]))
    const same = messages(catalog)
      .filter(([path, message]) => path !== 'locale' && english.get(path) === JSON.stringify(message))
      .map(([path]) => path)
    expect(same.sort()).toEqual([...SAME_AS_ENGLISH[locale]!].sort())
  })
})

/** Words each catalog must use where the contract depends on them. */
const WORDING: Readonly<
  Record<
    string,
    Readonly<
      Record<
        'access' | 'raise' | 'cannotRaise' | 'signIn' | 'wait' | 'connection' | 'checkInput' | 'notYourFault',
        RegExp
      >
    >
  >
> = {
  en: {
    access: /access/i,
    raise: /Raise your quota/,
    cannotRaise: /can’t be raised/,
    signIn: /sign in/i,
    wait: /wait/i,
    connection: /connection/,
    checkInput: /check what/i,
    notYourFault: /isn’t your fault/,
  },
  fr: {
    access: /accès/,
    raise: /Augmentez votre quota/,
    cannotRaise: /ne peut pas être augmentée/,
    signIn: /reconnectez/i,
    wait: /patientez/i,
    connection: /connexion/,
    checkInput: /vérifiez votre saisie/i,
    notYourFault: /n’y êtes pour rien/,
  },
  de: {
    access: /Zugriff/,
    raise: /Erhöhe dein Kontingent/,
    cannotRaise: /nicht erhöhen/,
    signIn: /Melde dich erneut an/,
    wait: /Warte/,
    connection: /verbindung/i,
    checkInput: /Prüfe deine Eingaben/,
    notYourFault: /liegt nicht an dir/,
  },
  es: {
    access: /acceso/,
    raise: /Aumenta tu cuota/,
    cannotRaise: /no se puede aumentar/,
    signIn: /iniciar sesión/,
    wait: /Espera/,
    connection: /conexión/,
    checkInput: /Revisa lo que has introducido/,
    notYourFault: /No es culpa tuya/,
  },
  'pt-BR': {
    access: /acesso/,
    raise: /Aumente a cota/,
    cannotRaise: /não pode ser aumentado/,
    signIn: /Entre novamente/,
    wait: /Aguarde/,
    connection: /conexão/,
    checkInput: /Confira o que você digitou/,
    notYourFault: /culpa não é sua/,
  },
  ja: {
    access: /アクセス権/,
    raise: /割り当て量を増やす/,
    cannotRaise: /引き上げることのできない/,
    signIn: /サインイン/,
    wait: /待って/,
    connection: /接続/,
    checkInput: /入力内容を確認/,
    notYourFault: /お客様の操作による問題ではありません/,
  },
  ar: {
    access: /الوصول/,
    raise: /ارفع حصتك/,
    cannotRaise: /لا يمكن رفعه/,
    signIn: /سجل الدخول/,
    wait: /انتظر/,
    connection: /اتصال/,
    checkInput: /تحقق مما أدخلته/,
    notYourFault: /ليس خطأك/,
  },
}

describe.each(catalogs)('wording the contract depends on, in %s', (locale, catalog) => {
  const words = WORDING[locale]!

  it('says a 404 may mean no access', () => {
    expect(catalog.types.ResourceNotFound.title).toMatch(words.access)
    expect(catalog.types.ResourceNotFound.description).toMatch(words.access)
  })

  it('tells a quota (can be raised) from a limit (cannot)', () => {
    expect(catalog.types.QuotaExceeded.title).not.toBe(catalog.types.LimitExceeded.title)
    expect(catalog.types.QuotaExceeded.description).not.toBe(catalog.types.LimitExceeded.description)
    expect(catalog.types.QuotaExceeded.description).toMatch(words.raise)
    expect(catalog.types.LimitExceeded.description).toMatch(words.cannotRaise)
    expect(catalog.types.LimitExceeded.description).not.toMatch(words.raise)
  })

  it('asks to sign in again for Unauthorized, to wait for RateLimited, to check the connection for Network', () => {
    expect(catalog.types.Unauthorized.description).toMatch(words.signIn)
    expect(catalog.types.RateLimited.description).toMatch(words.wait)
    expect(catalog.types.Network.description).toMatch(words.connection)
  })

  it('never blames the user for server-side failures', () => {
    expect(catalog.types.InvalidPayload.description).toMatch(words.checkInput)
    for (const type of ['Internal', 'Unknown', 'Unavailable', 'Timeout'] as const) {
      expect(catalog.types[type].title + ' ' + catalog.types[type].description, type).not.toMatch(words.checkInput)
    }
    expect(catalog.types.Internal.description).toMatch(words.notYourFault)
  })
})

describe('wording the contract depends on', () => {
  it('keeps the limit copy about making the request smaller in English', () => {
    expect(en.types.LimitExceeded.description).toMatch(/smaller/i)
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
    const odd = JSON.parse(
      '{"fieldErrorsTitle":"flat","offline":{"pending":{"one":"x"}},"retryAnnouncement":{"other":"o","few":7,"__proto__":{"x":1}}}',
    ) as ApiErrorMessages
    const merged = mergeMessages(en, odd)
    expect(merged.fieldErrorsTitle).toEqual(en.fieldErrorsTitle)
    expect(merged.offline.pending).toEqual(en.offline.pending)
    expect(merged.retryAnnouncement).toEqual({ other: 'o' })
  })
})
