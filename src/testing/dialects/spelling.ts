import type { ApiErrorType } from '../../core/index.js'

const words = (type: ApiErrorType): string[] => type.match(/[A-Z][a-z]*/g) ?? [type]

/** `InvalidJsonSchema` → `invalid_json_schema` (Stripe, OAuth). */
export const snakeCase = (type: ApiErrorType): string => words(type).join('_').toLowerCase()

/** `InvalidJsonSchema` → `INVALID_JSON_SCHEMA` (Google reasons, GraphQL codes). */
export const screamingCase = (type: ApiErrorType): string => snakeCase(type).toUpperCase()

/** `InvalidJsonSchema` → `invalid-json-schema` (problem type URIs). */
export const kebabCase = (type: ApiErrorType): string => words(type).join('-').toLowerCase()
