import Link from 'next/link'

export default function Home() {
  return (
    <ul>
      <li>
        <Link href="/usage">Usage (a 429 rendered on the server)</Link>
      </li>
      <li>
        <Link href="/signup">Sign up (a Server Action with field errors)</Link>
      </li>
      <li>
        <Link href="/report">Report (error.tsx with ApiErrorFallback)</Link>
      </li>
      <li>
        <Link href="/catalog">Catalog (next: revalidate passed through)</Link>
      </li>
    </ul>
  )
}
