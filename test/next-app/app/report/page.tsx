import { apiFetch } from '../../lib/api'

// Not caught: in production the error reaches error.tsx sanitized (Next keeps only a digest).
export default async function ReportPage() {
  const report = (await (await apiFetch('/report')).json()) as { name: string }
  return <p>Report: {report.name}</p>
}

export const dynamic = 'force-dynamic'
