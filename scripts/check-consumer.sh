#!/usr/bin/env bash
# Installs the packed tarball into scratch apps (Vite + React 18, Vite + React 19) the way a user
# would, then typechecks and builds them: proves the exports map, the types and the peer ranges.
set -euo pipefail
source "$(dirname "$0")/pack-tarball.sh"
vite=$(node -p "require('./package.json').devDependencies.vite")
typescript=$(node -p "require('./package.json').devDependencies.typescript")
query=$(node -p "require('./package.json').devDependencies['@tanstack/react-query']")
msw=$(node -p "require('./package.json').devDependencies.msw")

for react in 18 19; do
  app="$scratch/app-react$react"
  mkdir -p "$app/src"
  cat > "$app/package.json" <<JSON
{ "name": "consumer-react$react", "private": true, "type": "module" }
JSON
  cat > "$app/tsconfig.json" <<'JSON'
{ "compilerOptions": { "target": "ES2022", "module": "ESNext", "moduleResolution": "Bundler", "jsx": "react-jsx", "strict": true, "noEmit": true, "skipLibCheck": false, "types": [] }, "include": ["src"] }
JSON
  cat > "$app/index.html" <<'HTML'
<!doctype html><html lang="en"><body><div id="root"></div><script type="module" src="/src/main.tsx"></script></body></html>
HTML
  cat > "$app/src/main.tsx" <<'TSX'
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'
import { createRoot } from 'react-dom/client'
import { ApiErrorProvider, ErrorBanner, ReauthDialog, createApiFetch, createAuthCoordinator } from 'react-api-errors'
import type { ApiError } from 'react-api-errors'
import { parseApiError } from 'react-api-errors/core'
import fr from 'react-api-errors/messages/fr'
import { ApiErrorNotifications, apiErrorQueryDefaults, connectApiErrors } from 'react-api-errors/query'
import 'react-api-errors/styles.css'

declare module '@tanstack/react-query' {
  interface Register {
    defaultError: ApiError
  }
}

const auth = createAuthCoordinator({ refresh: async () => undefined })
const apiFetch = createApiFetch({ baseUrl: '/api', auth })
const client = new QueryClient({ defaultOptions: apiErrorQueryDefaults() })
connectApiErrors(client, { auth })

function Messages() {
  const { error, refetch } = useQuery({ queryKey: ['m'], queryFn: () => apiFetch('/m').then((r) => r.json()) })
  const type: ApiError['type'] | undefined = error?.type
  return <ErrorBanner error={error} data-kind={type} data-retryable={error ? parseApiError(error).retryable : undefined} onRetry={() => void refetch()} />
}

createRoot(document.getElementById('root')!).render(
  <QueryClientProvider client={client}>
    <ApiErrorProvider messages={fr} auth={auth}>
      <Messages />
      <ApiErrorNotifications />
      <ReauthDialog />
    </ApiErrorProvider>
  </QueryClientProvider>,
)
TSX
  # The testing entry, as a test setup and a Storybook preview import it (typechecked, not bundled).
  cat > "$app/src/mocks.ts" <<'TS'
import { http } from 'msw'
import { apiErrorGlobalTypes, apiErrorResponse, withApiErrors } from 'react-api-errors/testing'
import type { ApiErrorDialect, ApiErrorsParameters } from 'react-api-errors/testing'

const dialect: ApiErrorDialect = 'stripe'
export const handlers = [http.get('/api/m', () => apiErrorResponse('RateLimited', { dialect, retryAfter: 5 }))]
export const parameters: { apiErrors: ApiErrorsParameters } = { apiErrors: { endpoints: ['/api/m'] } }
export const preview = { globalTypes: apiErrorGlobalTypes, decorators: [withApiErrors] }
TS
  echo "== consumer with React $react"
  (
    cd "$app"
    npm install --no-audit --no-fund --silent "$tarball" "react@$react" "react-dom@$react" "@types/react@$react" "@types/react-dom@$react" \
      "@tanstack/react-query@$query" "vite@$vite" "typescript@$typescript" "msw@$msw"
    npx --no-install tsc -p .
    npx --no-install vite build --logLevel warn
    ls dist/assets/*.js dist/assets/*.css >/dev/null
  )
  echo "ok: React $react app typechecks and builds"
done
