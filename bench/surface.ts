import { distinct, publicNames } from '../scripts/publicNames.js'
import type { Row } from './table.js'

const contenders = [
  ['**react-api-errors** (all entries)', undefined],
  [
    'react-error-boundary 6',
    { 'react-error-boundary': 'node_modules/react-error-boundary/dist/react-error-boundary.d.ts' },
  ],
  ['ky 1', { ky: 'node_modules/ky/distribution/index.d.ts' }],
] as const

/** How much an app has to learn: the distinct names it can import, values and types, beside two peers. */
export async function run(): Promise<Row[]> {
  return contenders.map(([contender, entries]) => {
    const { values, types } = publicNames(entries)
    const valueNames = distinct(values)
    const typeNames = distinct(types).filter((name) => !valueNames.includes(name))
    return {
      bench: 'Public surface (distinct names an app can import)',
      contender,
      result: `**${valueNames.length + typeNames.length}** names: ${valueNames.length} values, ${typeNames.length} types`,
      goal: entries ? 'peer' : 'every value documented in the README (test/tooling/publicSurface.test.ts)',
    }
  })
}
