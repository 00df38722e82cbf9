import { misuse } from '../shared/options.js'
import { crossTabProtocol } from './protocol.js'
import type { CrossTabProtocol } from './protocol.js'

/** The `crossTab` option of `caller` checked: off when left out, else an object from `createCrossTab`. */
export function crossTabOption(caller: string, value: unknown): CrossTabProtocol | undefined {
  if (value === undefined) return undefined
  const protocol = crossTabProtocol(value)
  if (!protocol)
    misuse(
      caller,
      'crossTab must be what createCrossTab() returns',
      value,
      __DEV__ &&
        "Pass crossTab: createCrossTab({ name: 'my-app' }), the same object to createAuthCoordinator and createApiFetch.",
    )
  return protocol
}
