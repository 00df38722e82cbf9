#!/usr/bin/env bash
# Checks the package as it would be published: packs dist/ into a tarball, then lints the
# tarball's exports and types (publint, arethetypeswrong) and holds the size budgets.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f dist/core.js ] || { echo "dist/ is missing: run 'npm run build' first." >&2; exit 1; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
tarball="$out/$(npm pack --silent --pack-destination "$out" | tail -n 1)"
echo "== publint $tarball"
npx --no-install publint run "$tarball" --strict
echo "== arethetypeswrong (esm-only)"
npx --no-install attw "$tarball" --profile esm-only
echo "== size-limit"
npx --no-install size-limit
