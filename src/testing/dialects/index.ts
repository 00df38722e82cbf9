import { aws } from './aws.js'
import { botpress } from './botpress.js'
import { github } from './github.js'
import { google } from './google.js'
import { graphql } from './graphql.js'
import { jsonapi } from './jsonapi.js'
import { problem } from './problem.js'
import { rails } from './rails.js'
import { stripe } from './stripe.js'
import type { ApiErrorDialect, Dialect } from './types.js'

/** Every dialect by name; the first is the default. */
export const dialects: { readonly [D in ApiErrorDialect]: Dialect } = {
  problem,
  botpress,
  stripe,
  github,
  google,
  graphql,
  jsonapi,
  rails,
  aws,
}

/** The dialect names, the default (`'problem'`) first. */
export const apiErrorDialects = Object.keys(dialects) as readonly ApiErrorDialect[]

/** Own-property lookup, so `__proto__` or `toString` never resolve to a dialect. */
export const isApiErrorDialect = (value: unknown): value is ApiErrorDialect =>
  typeof value === 'string' && Object.hasOwn(dialects, value)
