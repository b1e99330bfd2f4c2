#!/usr/bin/env bash
# render.sh renders the benchmark's pages to the text a browser shows, for
# the text-path benchmark (go run . -text): the go-trafilatura comparison
# corpus and go-readability's test-pages, both read from the Go module cache.
#
# Chromium (Debian's package) runs headless with JavaScript off and every
# request but the page itself blocked; each page's document.body.innerText is
# cached outside the repository, in
#   ${XDG_CACHE_HOME:-$HOME/.cache}/declutter/render   (or $1)
# Re-running renders only the pages not yet cached. Needs Go, Node and npm;
# installs chromium with apt-get and playwright-core with npm ci when missing.
#
# Usage: bench/render/render.sh [DIR]    PARALLEL=N pages at a time (default 2)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="${1:-${XDG_CACHE_HOME:-$HOME/.cache}/declutter/render}"
export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"

if [ ! -x "$CHROMIUM" ]; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y chromium
fi

# npm ci again only when the lock file changed since the last install.
if [ ! -f "$here/node_modules/.package-lock.json" ] ||
   ! cmp -s "$here/package-lock.json" "$here/node_modules/.ci-lock"; then
  (cd "$here" && npm ci --no-audit --no-fund)
  cp "$here/package-lock.json" "$here/node_modules/.ci-lock"
fi

jobs="$(mktemp)"
trap 'rm -f "$jobs"' EXIT
(cd "$here/.." && go run . -render-jobs -renderings "$out") >"$jobs"
node "$here/render.mjs" -j "${PARALLEL:-2}" <"$jobs"
echo "renderings in $out; score them with: cd bench && go run . -text -renderings '$out'" >&2
