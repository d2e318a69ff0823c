#!/usr/bin/env bash
# Profile: count the instructions `normering check` spends on a month of a tenth of the country
# (4.8 MB), with valgrind's callgrind. Unlike wall time, the count hardly moves from run to run
# (±0.2 %, from the threads' interleaving), so it judges a small change on a busy machine.
# Not a test: numbers go into BENCHMARKS.md.
#
#   scripts/profile.sh [--top N]                  total, then the N costliest functions (self)
#   NORMERING_BIN=path scripts/profile.sh          profile another build (e.g. before a change)
#
# The callgrind output is kept in .build/profile/callgrind.out for callgrind_annotate.
set -euo pipefail
cd "$(dirname "$0")/.."

top=25
while [ $# -gt 0 ]; do
    case "$1" in
        --top) top=$2; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
command -v valgrind >/dev/null || { echo "valgrind missing: apt-get install -y valgrind" >&2; exit 2; }

if [ -n "${NORMERING_BIN:-}" ]; then
    bin=$NORMERING_BIN
else
    swift build -c release --product normering >/dev/null
    bin=.build/release/normering
fi
data=bench-data/i450-s130-m1
[ -d "$data" ] || "$bin" sample --institutions 450 --schools 130 --months 1 --output "$data" >/dev/null

work=.build/profile
rm -rf "$work" && mkdir -p "$work/reports"
# valgrind 3.19 cannot read the debug information Swift 6 writes: profile a stripped copy.
objcopy --strip-debug "$bin" "$work/normering"
valgrind --tool=callgrind --callgrind-out-file="$work/callgrind.out" "$work/normering" check --quiet \
    --allow-rejects --fail-on never --output "$work/reports" "$data" >"$work/valgrind.log" 2>&1 || true
grep -q "refs:" "$work/valgrind.log" || { cat "$work/valgrind.log" >&2; exit 1; }
echo "instructions, check over $data: $(grep -o 'refs: *[0-9,]*' "$work/valgrind.log" | tr -s ' ' | cut -d' ' -f2)"
callgrind_annotate "$work/callgrind.out" 2>/dev/null | grep -E '^ *[0-9,]+ \(' | sed -n "2,$((top + 1))p" \
    | sed -E 's/\[[^]]*\/([^/]*)\]$/[\1]/' | cut -c1-160
