#!/usr/bin/env bash
# Checks the package as it would be published: packs dist/ into a tarball, then lints the
# tarball's exports and types (publint, arethetypeswrong) and holds the size budgets.
set -euo pipefail
source "$(dirname "$0")/pack-tarball.sh"
echo "== publint $tarball"
npx --no-install publint run "$tarball" --strict
echo "== arethetypeswrong (esm-only)"
# The stylesheet has no types to check.
npx --no-install attw "$tarball" --profile esm-only --exclude-entrypoints ./styles.css
echo "== entries"
# React entries must keep their 'use client' directive; no JS entry may import CSS.
for entry in dist/index.js dist/query.js dist/development/index.js dist/development/query.js; do
  head -c 40 "$entry" | grep -q '^"use client"' || { echo "$entry lost its 'use client' directive" >&2; exit 1; }
done
if grep -lE "(import|require)[^;]*\.css" dist/*.js dist/messages/*.js >/dev/null 2>&1; then echo "a JS entry imports CSS" >&2; exit 1; fi
if head -c 20 dist/core.js | grep -q 'use client'; then echo "dist/core.js must not be a client module" >&2; exit 1; fi
echo "ok"
echo "== misuse messages: short in production, explained in development"
node scripts/check-misuse.mjs
echo "== size-limit"
npx --no-install size-limit
