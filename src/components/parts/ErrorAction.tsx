import type { ApiErrorState } from '../../react/index.js'

/**
 * The one action an error calls for: a button running the provider's callback, or a link when the
 * provider only gave a (checked) URL. Nothing when there is nothing to offer. Retry stays in place
 * but `aria-disabled` while the server's wait runs (a press then sends nothing, see `useApiError`):
 * it keeps focus, and the countdown beside it says when it will work.
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
  const held = state.action === 'retry' && state.retryInMs !== undefined
  return (
    <button
      type="button"
      className="rae-button rae-button--primary"
      aria-disabled={held || undefined}
      onClick={state.act}
    >
      {state.actionLabel}
    </button>
  )
}
