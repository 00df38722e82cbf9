/**
 * Marks kit errors. `Symbol.for` is shared by every realm and every copy of the bundle, so an
 * `ApiError` from an iframe or a duplicated package is still recognised.
 */
export const API_ERROR_BRAND: unique symbol = Symbol.for('react-api-errors.ApiError') as never
