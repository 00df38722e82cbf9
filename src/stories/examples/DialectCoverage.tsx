import { apiErrorTypes } from '../../index.js'
import type { ApiErrorType } from '../../index.js'
import { apiErrorDialects, apiErrorResponse } from '../../testing/index.js'
import type { ApiErrorDialect } from '../../testing/index.js'

const TYPES = apiErrorTypes.filter((type) => type !== 'Network' && type !== 'Aborted')

/** Why `dialect` cannot say `type`, or `undefined` when it can: asked of `apiErrorResponse` itself. */
function refusal(type: ApiErrorType, dialect: ApiErrorDialect): string | undefined {
  try {
    apiErrorResponse(type, { dialect })
    return undefined
  } catch (error) {
    return (error as Error).message
  }
}

/** Which dialect can say which type, computed live: a cell it cannot say gives the reason as its title. */
export function DialectCoverage() {
  return (
    <div className="sb-flow">
      <table>
        <caption>Types each dialect of apiErrorResponse can say</caption>
        <thead>
          <tr>
            <th scope="col">Type</th>
            {apiErrorDialects.map((dialect) => (
              <th key={dialect} scope="col">
                {dialect}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {TYPES.map((type) => (
            <tr key={type}>
              <th scope="row">{type}</th>
              {apiErrorDialects.map((dialect) => {
                const reason = refusal(type, dialect)
                return (
                  <td key={dialect} title={reason}>
                    {reason ? 'no' : 'yes'}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
