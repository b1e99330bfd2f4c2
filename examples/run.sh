#!/usr/bin/env bash
# Builds and runs every example on its bundled pages, then runs the
# examples' tests (the golden example is a test). CI calls this script; run
# it from anywhere.
set -euo pipefail
cd "$(dirname "$0")"

test -z "$(gofmt -l .)" || { echo "gofmt needed:"; gofmt -l .; exit 1; }
go vet ./...
go build ./...

for example in basic html custom-rules golden concurrent; do
	echo "== go run ./$example"
	out=$(go run "./$example")
	if [[ -z $out ]]; then
		echo "$example printed nothing" >&2
		exit 1
	fi
	head -n 12 <<<"$out"
done

echo "== go test ./..."
go test ./...
