import { ErrorBanner } from 'react-api-errors'
import { isApiError } from 'react-api-errors/core'
import { apiFetch } from '../../lib/api'

export default async function UsagePage() {
  try {
    const usage = (await (await apiFetch('/usage')).json()) as { calls: number }
    return <p>{usage.calls} calls today</p>
  } catch (error) {
    if (!isApiError(error)) throw error
    // The ApiError itself cannot cross to the client; its toJSON() can.
    return <ErrorBanner error={error.toJSON()} />
  }
}

// Rendered per request (at build time there is no API to call).
export const dynamic = 'force-dynamic'
