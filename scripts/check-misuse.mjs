// The two builds say misuse differently: the default (production) one names the function and the
// option in a short message; the `development` condition's one also says what it got and what to
// pass. Run after `npm run build`.
import assert from 'node:assert/strict'

const message = async (file) => {
  const { createApiFetch } = await import(new URL(`../dist/${file}`, import.meta.url).href)
  try {
    createApiFetch({ timeoutMs: -1 })
  } catch (error) {
    return error.message
  }
  throw new Error(`${file}: createApiFetch({ timeoutMs: -1 }) did not throw`)
}

const production = await message('core.js')
const development = await message('development/core.js')
assert.equal(production, 'createApiFetch: timeoutMs must be a number of milliseconds between 1 and 2147483647.')
assert.match(development, /^createApiFetch: timeoutMs must be .* \(got -1\)\. Leave it out for no limit\.$/)
console.log(`production: ${production}\ndevelopment: ${development}`)
