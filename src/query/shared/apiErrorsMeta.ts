/**
 * The `meta` key a query or mutation sets to stay out of the global outlets: `meta: { apiErrors:
 * false }` keeps its errors away from `connectApiErrors`' `onError` and from
 * `ApiErrorNotifications` (re-authentication and replay after a 401 still happen). It is read
 * loosely, so it works whatever your own `Register['queryMeta']` says; if you type `queryMeta` or
 * `mutationMeta` strictly, add `apiErrors?: boolean` to it.
 */
export const API_ERRORS_META_KEY = 'apiErrors'

/** Whether a query's or mutation's `meta` opts out of global reporting. */
export function isOptedOut(meta: unknown): boolean {
  return typeof meta === 'object' && meta !== null && (meta as Record<string, unknown>)[API_ERRORS_META_KEY] === false
}
