#!/usr/bin/env bash
# Runs every fuzz target of the project for a bounded time each.
#   scripts/fuzz.sh [SECONDS]   (default 20; FUZZTIME=30s also works)
# Crashes are written by Go under the package's testdata/fuzz/ and become
# regression cases that plain `go test` runs from then on.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
time="${FUZZTIME:-${1:-20}s}"
status=0
for pkg in $(go list ./...); do
  dir="$(go list -f '{{.Dir}}' "$pkg")"
  for target in $(grep -ho '^func Fuzz[A-Za-z0-9_]*' "$dir"/*_test.go 2>/dev/null | sed 's/^func //' | sort -u); do
    echo "fuzz: $pkg $target ($time)"
    if ! go test -tags ci -run '^$' -fuzz "^${target}\$" -fuzztime "$time" "$pkg"; then
      echo "fuzz: $target FAILED (see $dir/testdata/fuzz/$target)" >&2
      status=1
    fi
  done
done
exit $status
