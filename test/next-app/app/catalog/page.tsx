import { connection } from 'next/server'
import { apiFetch } from '../../lib/api'

// createApiFetch passes Next's own RequestInit fields through: the API is hit once a minute, not per visit.
export default async function CatalogPage() {
  await connection()
  const catalog = (await (await apiFetch('/catalog', { next: { revalidate: 60 } })).json()) as { items: string[] }
  return <p>Catalog: {catalog.items.join(', ')}</p>
}
