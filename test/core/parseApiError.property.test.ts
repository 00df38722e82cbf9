import { isDeepStrictEqual } from 'node:util'
import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import { ApiError, apiErrorTypes, isApiError, parseApiError, readApiError } from '../../src/core/index.js'
import type { ApiErrorAliases, ParseApiErrorOptions } from '../../src/core/index.js'

// ---------------------------------------------------------------------------------------------
// What must hold for every input
// ---------------------------------------------------------------------------------------------

const prototypes = [Object.prototype, Array.prototype, Function.prototype, String.prototype]
/** Every own property of the built-in prototypes, with its value or accessors. */
const prototypeProps = () =>
  prototypes.flatMap((proto) =>
    Reflect.ownKeys(proto).flatMap((key) => {
      const d = Object.getOwnPropertyDescriptor(proto, key) as PropertyDescriptor
      return [proto, key, d.value, d.get, d.set]
    }),
  )
const prototypesBefore = prototypeProps()
const objectPrototypeKeys = Reflect.ownKeys(Object.prototype).join()

/** Problems with global state, cheap enough for every run: Object.prototype gained or lost a key. */
function prototypeProblems(): string[] {
  const problems: string[] = []
  const probe = {} as Record<string, unknown>
  for (const key of ['polluted', 'type', 'status', 'code', 'isAdmin']) {
    if (key in probe) problems.push(`({}).${key} exists`)
  }
  if ('polluted' in []) problems.push('[].polluted exists')
  if (Reflect.ownKeys(Object.prototype).join() !== objectPrototypeKeys) problems.push('Object.prototype changed')
  return problems
}

// After every property: no built-in prototype gained, lost or changed a property.
afterEach(() => {
  const now = prototypeProps()
  expect(now.length).toBe(prototypesBefore.length)
  expect(now.every((item, i) => Object.is(item, prototypesBefore[i]))).toBe(true)
})

const apiErrorTypeSet = new Set<string>(apiErrorTypes)

/** Problems with a result: anything but a well-formed ApiError. */
function resultProblems(result: unknown): string[] {
  const problems: string[] = []
  if (!(result instanceof ApiError)) problems.push('not an ApiError instance')
  if (!isApiError(result)) problems.push('isApiError is false')
  const e = result as ApiError
  if (!apiErrorTypeSet.has(e.type)) problems.push(`type ${String(e.type)}`)
  if (!Number.isInteger(e.status) || e.status < 0 || e.status > 599) problems.push(`status ${String(e.status)}`)
  if (typeof e.message !== 'string') problems.push('message is not a string')
  if (e.retryAfterMs !== undefined && !(Number.isFinite(e.retryAfterMs) && e.retryAfterMs >= 0))
    problems.push(`retryAfterMs ${e.retryAfterMs}`)
  try {
    JSON.stringify(e)
    String(e)
  } catch (error) {
    problems.push(`cannot be serialized: ${String(error)}`)
  }
  return problems
}

// A deep, side-effect-free picture of a value: prototypes, descriptors (getters are not called),
// extensibility and the internal slots of Map, Set, Date, typed arrays and boxed primitives.
const identities = new WeakMap<object, number>()
let nextIdentity = 0
const identity = (value: unknown): unknown => {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return value
  if (!identities.has(value)) identities.set(value, nextIdentity++)
  return identities.get(value)
}

function snapshot(value: unknown, seen = new Set<object>()): unknown {
  if (typeof value === 'bigint') return ['bigint', String(value)]
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return ['value', value]
  if (seen.has(value)) return ['cycle', identity(value)]
  seen.add(value)
  if (value instanceof Response) return ['Response', identity(value), value.bodyUsed, value.status, [...value.headers]]
  if (value instanceof Headers) return ['Headers', identity(value), [...value]]
  let slots: unknown
  if (value instanceof Map) slots = [...value].map(([k, v]) => [snapshot(k, seen), snapshot(v, seen)])
  else if (value instanceof Set) slots = [...value].map((v) => snapshot(v, seen))
  else if (value instanceof Date) slots = value.getTime()
  else if (ArrayBuffer.isView(value)) slots = [...new Uint8Array(value.buffer, value.byteOffset, value.byteLength)]
  else if (value instanceof String || value instanceof Number || value instanceof Boolean) slots = value.valueOf()
  const props = Reflect.ownKeys(value).map((key) => {
    const d = Object.getOwnPropertyDescriptor(value, key) as PropertyDescriptor
    return [
      key,
      'value' in d ? snapshot(d.value, seen) : [identity(d.get), identity(d.set)],
      d.writable,
      d.enumerable,
      d.configurable,
    ]
  })
  return [identity(value), identity(Object.getPrototypeOf(value)), Object.isExtensible(value), props, slots]
}

/** Parses one input and returns every violated guarantee (empty when all hold). */
function checkParse(input: unknown, options?: ParseApiErrorOptions): string[] {
  const before = snapshot(input)
  let result: unknown
  try {
    result = parseApiError(input, options)
  } catch (error) {
    return [`threw ${String(error)}`]
  }
  const problems = [...resultProblems(result), ...prototypeProblems()]
  if (!isDeepStrictEqual(snapshot(input), before)) problems.push('the input was mutated')
  return problems
}

/** A property that fails with the list of broken guarantees (expect is only reached on failure: it is slow). */
const property = <T>(arbitrary: fc.Arbitrary<T>, check: (value: T) => string[]) =>
  fc.property(arbitrary, (value) => {
    const problems = check(value)
    if (problems.length > 0) expect(problems).toEqual([])
  })

// ---------------------------------------------------------------------------------------------
// Arbitraries
// ---------------------------------------------------------------------------------------------

const hostileKey = fc.constantFrom(
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'toJSON',
  'then',
  'type',
  'code',
  'error',
  'errors',
  'status',
  'statusCode',
  'statusText',
  'message',
  'title',
  'detail',
  'id',
  'instance',
  'requestId',
  'data',
  'body',
  'headers',
  'response',
  'request',
  'config',
  'options',
  'isAxiosError',
  'isApiError',
  'name',
  'cause',
  'invalid-params',
  'extensions',
  'details',
  'source',
  'pointer',
  'field',
  'path',
  'ok',
  'get',
  'url',
  'method',
  '_data',
  'retry-after',
  'error_description',
  'polluted',
  'length',
  '0',
)
const key = fc.oneof({ weight: 3, arbitrary: hostileKey }, { weight: 1, arbitrary: fc.string({ maxLength: 8 }) })

const vendorCode = fc.constantFrom(
  ...apiErrorTypes,
  // Vendor codes as real APIs spell them (the built-in table and the word rules both meet these).
  'insufficient_quota',
  'ThrottlingException',
  'aws.protocols#ResourceNotFoundException',
  'invalid_grant',
  'USER_EMAIL_TAKEN',
  'card_declined',
  'PGRST116',
  '23505',
  'RATE_LIMITED',
  'rate-limited',
  'about:blank',
  'https://example.com/probs/out-of-credit',
  'urn:problem#QuotaExceeded',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  '',
  '   ',
)
const status = fc.oneof(
  fc.constantFrom(
    0,
    200,
    204,
    400,
    401,
    402,
    403,
    404,
    408,
    409,
    410,
    413,
    415,
    422,
    423,
    429,
    500,
    502,
    503,
    504,
    599,
    600,
    1000,
  ),
  fc.integer({ min: -1000, max: 1000 }),
  fc.double(),
)
const leaf = fc.oneof(
  vendorCode,
  status,
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.boolean(),
  fc.constantFrom(null, undefined, Number.NaN, Infinity, -0, 10n),
)

/** Nested objects and arrays built from the keys parsers look at. */
const { tree } = fc.letrec<{ tree: unknown; object: Record<string, unknown>; array: unknown[] }>((tie) => ({
  tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, tie('object'), tie('array')),
  object: fc.dictionary(key, tie('tree'), { maxKeys: 7 }),
  array: fc.array(tie('tree'), { maxLength: 4 }),
}))

/** JSON text for any tree value (BigInt as a string, undefined as null). */
const toJson = (value: unknown): string =>
  JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v)) ?? 'null'

const headerName = fc.constantFrom(
  'Retry-After',
  'retry-after',
  'RateLimit-Reset',
  'X-RateLimit-Reset',
  'Date',
  'x-request-id',
  'cf-ray',
  'content-type',
  '__proto__',
  'get',
)
const headerValue = fc.oneof(
  fc.nat().map(String),
  fc.stringMatching(/^\d{1,400}(\.\d{1,3})?$/),
  fc.date({ noInvalidDate: true }).map((d) => d.toUTCString()),
  fc.string({ maxLength: 30 }),
)
const plainHeaders = fc.dictionary(
  headerName,
  fc.oneof(headerValue, fc.array(headerValue, { maxLength: 2 }), fc.integer(), tree),
  { maxKeys: 5 },
)
const headers = fc.oneof(plainHeaders, tree)

/** Only what `new Headers()` accepts: visible ASCII without surrounding spaces. */
const safeHeaderValue = headerValue.map((v) => v.replace(/[^\x21-\x7e ]/g, '').trim())
const realHeaders = fc.dictionary(
  fc.constantFrom('retry-after', 'ratelimit-reset', 'x-ratelimit-reset', 'date', 'x-request-id', 'content-type'),
  safeHeaderValue,
  { maxKeys: 4 },
)

const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304])
const realResponse = fc
  .record({
    status: fc.integer({ min: 200, max: 599 }).filter((s) => !NULL_BODY_STATUSES.has(s)),
    headers: realHeaders,
  })
  .map(({ status: s, headers: h }) => new Response(null, { status: s, headers: h }))

/** The shapes clients throw: axios, ky, ofetch, openapi-fetch, response-like objects, errors. */
const clientShaped = fc.oneof(
  fc.record(
    {
      isAxiosError: fc.constant(true),
      name: fc.constant('AxiosError'),
      message: fc.string(),
      code: fc.constantFrom('ECONNABORTED', 'ERR_NETWORK', 'ERR_CANCELED', 'ETIMEDOUT', 'ERR_BAD_RESPONSE'),
      config: fc.oneof(
        fc.record({ method: fc.constantFrom('get', 'post'), url: fc.string(), baseURL: fc.string() }),
        tree,
      ),
      response: fc.oneof(fc.record({ status, statusText: fc.string(), headers, data: tree }), tree),
    },
    { requiredKeys: ['isAxiosError'] },
  ),
  fc.record(
    {
      name: fc.constantFrom('HTTPError', 'TimeoutError', 'FetchError'),
      message: fc.string(),
      response: realResponse,
      request: tree,
      options: tree,
      data: tree,
    },
    { requiredKeys: ['name', 'response'] },
  ),
  fc.record({ data: fc.constant(undefined), error: tree, response: realResponse }),
  fc.record({ status, headers, data: tree }, { requiredKeys: ['status'] }),
  fc.record(
    {
      status,
      headers,
      body: fc.oneof(
        fc.jsonValue().map((v) => JSON.stringify(v)),
        tree,
      ),
    },
    { requiredKeys: ['status'] },
  ),
  fc.record({
    name: fc.constantFrom('TypeError', 'AbortError', 'TimeoutError', 'Error', 'FetchError', 'CanceledError'),
    message: fc.constantFrom(
      'Failed to fetch',
      'fetch failed',
      'Load failed',
      'NetworkError when attempting to fetch resource.',
      'x',
    ),
    code: fc.oneof(fc.constantFrom('ECONNREFUSED', 'UND_ERR_CONNECT_TIMEOUT', 'ERR_CANCELED'), tree),
    cause: tree,
  }),
  realResponse,
)

// ---------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------

describe('parseApiError never throws, never mutates, never pollutes, always returns a valid ApiError', () => {
  it('fc.anything(), with every kind of value fast-check can build', () => {
    const anything = fc.anything({
      key,
      maxDepth: 4,
      withBoxedValues: true,
      withMap: true,
      withSet: true,
      withObjectString: true,
      withNullPrototype: true,
      withBigInt: true,
      withDate: true,
      withTypedArray: true,
      withSparseArray: true,
    })
    fc.assert(
      property(anything, (input) => checkParse(input)),
      { numRuns: 6000 },
    )
  })

  it('fc.jsonValue(), as a value, as JSON text and as the data of a 4xx/5xx response', () => {
    const json = fc.jsonValue({ maxDepth: 4 })
    fc.assert(
      property(fc.tuple(json, status), ([value, s]) => {
        const before = structuredClone(value)
        const text = JSON.stringify(value)
        const problems = [
          ...checkParse(value),
          ...checkParse(text),
          ...checkParse({ status: s, headers: {}, data: value }),
        ]
        if (!isDeepStrictEqual(value, before) || JSON.stringify(value) !== text) problems.push('the JSON value changed')
        return problems
      }),
      { numRuns: 3000 },
    )
  })

  it('objects built from the keys the parser reads, including __proto__, constructor and toString', () => {
    fc.assert(
      property(tree, (input) => checkParse(input)),
      { numRuns: 6000 },
    )
  })

  it('JSON text that tries to pollute prototypes', () => {
    const payload = fc.oneof(
      tree.map(
        (t) => `{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"error":${toJson(t)}}`,
      ),
      fc
        .record({ key: hostileKey, value: fc.jsonValue({ maxDepth: 2 }) })
        .map(
          ({ key: k, value }) =>
            `{"${k}":{"__proto__":{"polluted":1}},"errors":{"__proto__":["x"],"constructor":["y"]},"type":${toJson(value)}}`,
        ),
      fc
        .jsonValue({ maxDepth: 3 })
        .map((v) => `{"__proto__":${toJson(v)},"error":{"__proto__":{"code":"RateLimited"}},"code":"constructor"}`),
    )
    fc.assert(
      property(fc.tuple(payload, status), ([text, s]) => [
        ...checkParse(text),
        ...checkParse({ status: s, headers: {}, data: text }),
        ...checkParse(JSON.parse(text)),
      ]),
      { numRuns: 2000 },
    )
  })

  it('the error shapes of fetch, axios, ky, ofetch and openapi-fetch, with random parts', () => {
    fc.assert(
      property(clientShaped, (input) => checkParse(input)),
      { numRuns: 4000 },
    )
  })

  it('with random alias tables, including entries that map to no type', () => {
    const aliases = fc.dictionary(
      fc.oneof(key, vendorCode),
      fc.oneof(fc.constantFrom(...apiErrorTypes), fc.string(), fc.constantFrom('__proto__', 'toString')),
      {
        maxKeys: 5,
      },
    ) as fc.Arbitrary<ApiErrorAliases>
    fc.assert(
      property(
        fc.tuple(fc.oneof(tree, clientShaped), aliases, fc.option(fc.double(), { nil: undefined })),
        ([input, a, now]) => {
          const before = snapshot(a)
          const problems = checkParse(input, { aliases: a, now })
          return problems.concat(isDeepStrictEqual(snapshot(a), before) ? [] : ['the alias table was mutated'])
        },
      ),
      { numRuns: 2000 },
    )
  })
})

describe('hostile getters and proxies', () => {
  type Trap = 'throw' | 'throw-string' | 'throw-proxy' | 'flip' | 'deep'
  const trap = fc.constantFrom<Trap>('throw', 'throw-string', 'throw-proxy', 'flip', 'deep')

  const throwingProxy = () =>
    new Proxy(
      {},
      Object.fromEntries(
        [
          'get',
          'has',
          'ownKeys',
          'getOwnPropertyDescriptor',
          'getPrototypeOf',
          'set',
          'defineProperty',
          'deleteProperty',
          'apply',
        ].map((name) => [
          name,
          () => {
            throw new Error(`trap ${name}`)
          },
        ]),
      ),
    )

  const revoked = () => {
    const { proxy, revoke } = Proxy.revocable({}, {})
    revoke()
    return proxy
  }

  /** An object whose chosen keys are getters that throw, flip between values, or nest the trap. */
  const withGetters = (shape: Record<string, unknown>, traps: Record<string, Trap>): object => {
    const target: Record<string, unknown> = { ...shape }
    for (const [k, kind] of Object.entries(traps)) {
      let calls = 0
      Object.defineProperty(target, k, {
        enumerable: true,
        configurable: true,
        get() {
          calls += 1
          if (kind === 'throw') throw new Error(`getter ${k}`)
          if (kind === 'throw-string') throw `getter ${k}`
          if (kind === 'throw-proxy') throw throwingProxy()
          if (kind === 'flip')
            return calls % 2
              ? 429
              : {
                  type: 'RateLimited',
                  get code(): never {
                    throw new Error('nested')
                  },
                }
          return withGetters({}, { status: 'throw', type: 'flip', message: 'throw' })
        },
      })
    }
    return target
  }

  it('getters that throw (errors, strings, proxies) or change on every read', () => {
    // fast-check only sees a plain description; the hostile object is built inside the property.
    const plan = fc.record({
      shape: fc.dictionary(hostileKey, tree, { maxKeys: 4 }),
      traps: fc.dictionary(hostileKey, trap, { minKeys: 1, maxKeys: 5 }),
      wrap: fc.nat(4),
    })
    fc.assert(
      property(plan, ({ shape, traps, wrap }) => {
        const inner = withGetters(shape, traps)
        const wrappers = [
          inner,
          { error: inner },
          { isAxiosError: true, response: inner },
          { status: 500, headers: inner, data: inner },
          { name: 'TypeError', message: 'x', cause: inner },
        ]
        return checkParse(wrappers[wrap])
      }),
      { numRuns: 3000 },
    )
  })

  it('proxies whose every trap throws, and revoked proxies, at any depth', () => {
    const plan = fc.tuple(fc.boolean(), fc.nat(5))
    fc.assert(
      property(plan, ([throwing, where]) => {
        const proxy = throwing ? throwingProxy() : revoked()
        const wrappers = [
          proxy,
          { error: proxy },
          { status: 429, headers: proxy, data: {} },
          { isAxiosError: true, config: proxy, response: { status: 503, headers: proxy, data: proxy } },
          { name: 'TypeError', message: 'Failed to fetch', cause: proxy },
          { response: proxy, request: proxy },
        ]
        try {
          return [...resultProblems(parseApiError(wrappers[where])), ...prototypeProblems()]
        } catch (error) {
          return [`threw ${String(error)}`]
        }
      }),
      { numRuns: 500 },
    )
  })

  it('proxies that record every write: nothing is set, defined, deleted or re-prototyped, at any depth', () => {
    const watch = (value: unknown, writes: string[], path = '$'): unknown => {
      if (typeof value !== 'object' || value === null || value instanceof Response || value instanceof Headers)
        return value
      const record = (what: string) => (_target: object, k?: unknown) => {
        writes.push(`${what} ${path}${typeof k === 'string' || typeof k === 'symbol' ? `.${String(k)}` : ''}`)
        return false
      }
      return new Proxy(value, {
        get(target, k, receiver) {
          const child: unknown = Reflect.get(target, k, receiver)
          const d = Reflect.getOwnPropertyDescriptor(target, k)
          if (d && !d.configurable && !d.writable) return child // a proxy invariant
          return watch(child, writes, `${path}.${String(k)}`)
        },
        set: record('set'),
        defineProperty: record('define'),
        deleteProperty: record('delete'),
        setPrototypeOf: record('setPrototypeOf'),
        preventExtensions: record('preventExtensions'),
      })
    }
    fc.assert(
      property(
        fc.oneof(
          tree,
          clientShaped.filter((v) => !(v instanceof Response)),
        ),
        (input) => {
          const writes: string[] = []
          let problems: string[]
          try {
            problems = resultProblems(parseApiError(watch(input, writes)))
          } catch (error) {
            problems = [`threw ${String(error)}`]
          }
          return [...problems, ...writes, ...prototypeProblems()]
        },
      ),
      { numRuns: 3000 },
    )
  })
})

describe('readApiError with random responses', () => {
  const bodyText = fc.oneof(
    fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v) ?? ''),
    fc.record({ type: vendorCode, code: fc.oneof(vendorCode, status), message: fc.string(), errors: tree }).map(toJson),
    fc.tuple(fc.jsonValue({ maxDepth: 3 }), fc.nat()).map(([v, cut]) => (JSON.stringify(v) ?? '').slice(0, cut % 40)), // truncated JSON
    tree.map((t) => `{"__proto__":{"polluted":true},"error":${toJson(t)}}`),
    fc.string(),
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.constantFrom(
      '',
      ' ',
      '<!doctype html><html><body><h1>502 Bad Gateway</h1></body></html>',
      '{',
      '[',
      'null',
      'true',
      '{"type":"RateLimited"',
      '\uFEFF{"type":"QuotaExceeded"}',
    ),
  )
  const input = fc.record({
    status: fc.integer({ min: 100, max: 599 }),
    headers: realHeaders,
    body: fc.option(bodyText, { nil: null }),
    url: fc.constantFrom('', 'https://api.example.com/v1/things?token=secret'),
  })

  /** A real Response where the constructor allows it; otherwise a response from another realm or polyfill. */
  const toResponse = ({
    status: s,
    headers: h,
    body,
  }: {
    status: number
    headers: Record<string, string>
    body: string | null
  }): unknown => {
    if (s >= 200 && !NULL_BODY_STATUSES.has(s)) return new Response(body, { status: s, headers: h })
    return {
      status: s,
      ok: false,
      statusText: '',
      url: '',
      headers: new Headers(h),
      bodyUsed: false,
      body: body === null ? null : new Response(body).body,
    }
  }

  it('never rejects, keeps the real status and returns a valid type', async () => {
    await fc.assert(
      fc.asyncProperty(input, async (args) => {
        let problems: string[]
        try {
          const error = await readApiError(toResponse(args), args.url ? { method: 'GET', url: args.url } : undefined)
          problems = resultProblems(error)
          if (error.status !== args.status) problems.push(`status ${error.status} instead of ${args.status}`)
          if (args.url && error.request?.url?.includes('secret')) problems.push('the token leaked into request.url')
        } catch (error) {
          problems = [`rejected with ${String(error)}`]
        }
        problems.push(...prototypeProblems())
        if (problems.length > 0) expect(problems).toEqual([])
      }),
      { numRuns: 1500 },
    )
  })
})
