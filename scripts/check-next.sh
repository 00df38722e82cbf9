#!/usr/bin/env bash
# Builds the Next.js App Router app in test/next-app from the packed tarball, the way a user
# would (npm install, next build), then runs it with `next start` and checks it in Chromium
# (scripts/check-next.mjs): Server Components, a Server Action and error.tsx with the kit.
set -euo pipefail
source "$(dirname "$0")/pack-tarball.sh"
started=$SECONDS
query=$(node -p "require('./package.json').devDependencies['@tanstack/react-query']")
react=$(node -p "require('./package.json').devDependencies.react")
types_react=$(node -p "require('./package.json').devDependencies['@types/react']")
types_node=$(node -p "require('./package.json').devDependencies['@types/node']")
typescript=$(node -p "require('./package.json').devDependencies.typescript")
app="$scratch/next-app"
cp -R test/next-app "$app"
cat > "$app/package.json" <<JSON
{ "name": "consumer-next", "private": true }
JSON
echo "== Next.js consumer app"
(
  cd "$app"
  npm install --no-audit --no-fund --silent "$tarball" next@16.4.6 "react@$react" "react-dom@$react" "@tanstack/react-query@$query" \
    "typescript@$typescript" "@types/react@$types_react" "@types/react-dom@$types_react" "@types/node@$types_node"
)
installed=$SECONDS
(cd "$app" && NEXT_TELEMETRY_DISABLED=1 npx --no-install next build)
built=$SECONDS
status=0
node scripts/check-next.mjs "$app" || status=$?
echo "check-next: install $((installed - started)) s, build $((built - installed)) s, checks $((SECONDS - built)) s, total $((SECONDS - started)) s"
exit "$status"
