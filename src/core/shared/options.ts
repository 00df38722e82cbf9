/** The largest delay a timer can hold (2^31−1 ms); anything above fires at once in browsers. */
export const MAX_TIMER_MS = 2 ** 31 - 1

/**
 * Throws the error every factory gives for misuse: who complains and what is wrong (naming the
 * option) always; in development builds also what it got and what to do instead. Callers pass the
 * fix as `__DEV__ && '…'`, so production bundles carry none of it. Only a number is quoted;
 * anything else is named by its type, since a string passed by mistake may be a token.
 */
export function misuse(caller: string, problem: string, got: unknown, fix: string | false): never {
  const kind = typeof got === 'number' ? got : got === null ? 'null' : typeof got
  throw new Error(__DEV__ ? `${caller}: ${problem} (got ${kind}). ${fix}` : `${caller}: ${problem}.`)
}

/** A function option: `undefined` is allowed unless `required`; anything else that is not a function throws. */
export function functionOption(
  caller: string,
  name: string,
  value: unknown,
  fix: string | false,
  required = false,
): void {
  if ((required || value !== undefined) && typeof value !== 'function')
    misuse(caller, `${name} must be a function`, value, fix)
}

/**
 * One numeric option, defaulted and checked: `undefined` gives `fallback`; anything else must be a
 * whole number from `min` (`integer`) or a number of milliseconds in [`min`, `max`], or it throws.
 */
export function numberOption<T extends number | undefined>(
  caller: string,
  name: string,
  value: unknown,
  fallback: T,
  min = 0,
  max = MAX_TIMER_MS,
  integer = false,
): number | T {
  if (value === undefined) return fallback
  if (typeof value !== 'number' || !(value >= min && value <= max) || (integer && !Number.isInteger(value))) {
    const range = integer
      ? `a whole number from ${min}`
      : max === Infinity
        ? `a number of milliseconds from ${min}`
        : `a number of milliseconds between ${min} and ${max}`
    misuse(
      caller,
      `${name} must be ${range}`,
      value,
      __DEV__ && (fallback === undefined ? 'Leave it out for no limit.' : `Leave it out for the default, ${fallback}.`),
    )
  }
  return value
}
