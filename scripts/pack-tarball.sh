# Sourced by the package checks: from the repository root, refuses to run without a build, then
# packs dist/ as npm would publish it. Sets $scratch (removed on exit) and $tarball inside it.
cd "$(dirname "${BASH_SOURCE[0]}")/.."
[ -f dist/index.js ] && [ -f dist/core.js ] || { echo "dist/ is missing: run 'npm run build' first." >&2; exit 1; }
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
tarball="$scratch/$(npm pack --silent --pack-destination "$scratch" | tail -n 1)"
