import { describe, expect, it } from 'vitest'
import { ApiError, getFieldError, readApiError, toFieldErrorMap } from '../../src/core/index.js'

const validation = (status = 422) =>
  new ApiError({
    type: 'InvalidDataFormat',
    status,
    fieldErrors: [
      { path: 'email', message: 'is already taken' },
      { path: 'email', message: 'is too long' },
      { path: 'address.0.street', message: 'is required' },
    ],
  })

describe('toFieldErrorMap', () => {
  it('maps each path to its first message, for setErrors and Server Actions', () => {
    expect({ ...toFieldErrorMap(validation()) }).toEqual({
      email: 'is already taken',
      'address.0.street': 'is required',
    })
  })

  it('reads anything parseApiError does, such as a Rails-style response', async () => {
    const rails = await readApiError(
      Response.json(
        { errors: { name: ["can't be blank"], 'address.zip': ['is invalid', 'is too short'] } },
        { status: 422 },
      ),
    )
    expect({ ...toFieldErrorMap(rails) }).toEqual({ name: "can't be blank", 'address.zip': 'is invalid' })
  })

  it('is empty without an error, and for a 5xx: its text is never shown', () => {
    expect(Object.keys(toFieldErrorMap(null))).toEqual([])
    expect(Object.keys(toFieldErrorMap(validation(500)))).toEqual([])
    expect(getFieldError(validation(500), 'email')).toBeUndefined()
    expect(getFieldError(validation(), 'email')).toBe('is already taken')
  })

  it("getFieldError gives that field's message, and nothing for a field the server did not name", () => {
    expect(getFieldError(validation(), 'address.0.street')).toBe('is required')
    expect(getFieldError(validation(), 'name')).toBeUndefined()
    expect(getFieldError(undefined, 'email')).toBeUndefined()
    expect(getFieldError(validation(499), 'email')).toBe('is already taken')
    expect(getFieldError(validation(400), 'email')).toBe('is already taken')
  })

  it('gives a map the app may change, as form libraries do with their errors', () => {
    const map = toFieldErrorMap(validation())
    map.email = 'checked again'
    delete map['address.0.street']
    expect({ ...map }).toEqual({ email: 'checked again' })
  })

  it('keeps a `__proto__` path as a plain own key of a plain object: no prototype is polluted', () => {
    const error = new ApiError({
      type: 'InvalidDataFormat',
      status: 400,
      fieldErrors: [
        { path: '__proto__', message: 'polluted' },
        { path: 'constructor', message: 'also a field' },
      ],
    })
    const map = toFieldErrorMap(error)
    // React Server Components serialize only objects whose prototype is Object.prototype: a
    // Server Action may return this map as is.
    expect(Object.getPrototypeOf(map)).toBe(Object.prototype)
    expect(Object.getOwnPropertyNames(map)).toEqual(['__proto__', 'constructor'])
    expect(Object.keys(map)).toEqual(['__proto__', 'constructor'])
    expect(map['__proto__']).toBe('polluted')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.prototype).not.toHaveProperty('0')
    expect(JSON.parse(JSON.stringify(map))).toEqual(JSON.parse('{"__proto__":"polluted","constructor":"also a field"}'))
  })
})
