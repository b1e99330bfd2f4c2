#!/usr/bin/env bash
# throughput.sh measures the declutter command over a folder of some 2,400
# pages, with one worker and with all of them. The folder is built in a
# temporary directory from pages our dependencies ship in their module zips
# (the go-trafilatura comparison corpus and mock pages, go-readability's
# test pages), each copied twice under distinct names, and removed at the
# end. Run it from the repository's root: bash bench/throughput.sh
set -euo pipefail

rounds=${ROUNDS:-2}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

tf=$(cd bench && go list -m -f '{{.Dir}}' github.com/markusmobius/go-trafilatura)
rd=$(go list -m -f '{{.Dir}}' codeberg.org/readeck/go-readability/v2)
for round in $(seq "$rounds"); do
	for f in "$tf"/test-files/comparison/*.html "$tf"/test-files/mock/*.html; do
		cp "$f" "$dir/$round-$(basename "$f")"
	done
	for d in "$rd"/test-pages/*/; do
		cp "$d/source.html" "$dir/$round-readability-$(basename "$d").html"
	done
done
pages=$(find "$dir" -name '*.html' | wc -l)
mb=$(du -sm "$dir" | cut -f1)
go build -o "$dir/declutter" ./cmd/declutter

run() {
	local workers=$1 start end
	start=$(date +%s.%N)
	TIMEFORMAT="  CPU: %U s user, %S s system"
	time "$dir/declutter" -j "$workers" "$dir" >/dev/null || true # pages without an article count as errors
	end=$(date +%s.%N)
	awk -v p="$pages" -v s="$start" -v e="$end" -v w="$workers" \
		'BEGIN { printf "%d worker(s): %d pages in %.1f s, %.0f pages/s\n", w, p, e - s, p / (e - s) }'
}
echo "$pages pages, $mb MB, $(nproc) CPUs, $(go version | cut -d' ' -f3)"
run 1
run "$(nproc)"
