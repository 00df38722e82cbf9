import type { ApiErrorState } from '../../react/index.js'

/**
 * The one action an error calls for: a button running the provider's callback, or a link when the
 * provider only gave a (checked) URL. Nothing when there is nothing to offer.
 */
export function ErrorAction({ state }: { state: ApiErrorState }) {
  if (!state.actionLabel) return null
  if (state.actionHref) {
    return (
      <a className="rae-button rae-button--primary" href={state.actionHref}>
        {state.actionLabel}
      </a>
    )
  }
  return (
    <button type="button" className="rae-button rae-button--primary" onClick={state.act}>
      {state.actionLabel}
    </button>
  )
}
