#!/usr/bin/env bash
# Compare two builds of `normering check` on the same data, their runs taken in turn, so that a
# busy machine's slow minutes fall on both alike. Prints each run (wall, user CPU, peak memory),
# then each build's best and median wall time. Also checks that both wrote the same reports.
# Not a test: numbers go into BENCHMARKS.md.
#
#   scripts/compare.sh BEFORE AFTER [--runs N] [--data FOLDER]
#
# BEFORE and AFTER are normering binaries (copy .build/release/normering aside before a change).
# The data defaults to the national year of scripts/benchmark.sh (generate it with that first).
set -euo pipefail
cd "$(dirname "$0")/.."

[ $# -ge 2 ] || { echo "usage: scripts/compare.sh BEFORE AFTER [--runs N] [--data FOLDER]" >&2; exit 2; }
before=$1 after=$2; shift 2
runs=4 data=bench-data/i4500-s1300-m12
while [ $# -gt 0 ]; do
    case "$1" in
        --runs) runs=$2; shift 2 ;;
        --data) data=$2; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
[ -d "$data" ] || { echo "no data in $data: run scripts/benchmark.sh first" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time missing: apt-get install -y time" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for run in $(seq "$runs"); do
    for side in before after; do
        bin=$before; [ "$side" = after ] && bin=$after
        rm -rf "$work/$side" && mkdir "$work/$side"
        /usr/bin/time -o "$work/time" -f "%e %U %M" "$bin" check --quiet --allow-rejects --fail-on never \
            --output "$work/$side" "$data" >/dev/null 2>&1 || true
        read -r wall user peak < "$work/time"
        printf '%-6s run %d: %6.2f s wall %7.2f s user %7.1f MB peak\n' "$side" "$run" "$wall" "$user" \
            "$(echo "scale=1; $peak / 1024" | bc)"
        echo "$wall" >> "$work/$side.walls"
    done
    for report in "$work"/before/*; do
        cmp -s "$report" "$work/after/$(basename "$report")" || echo "DIFFERENT: $(basename "$report")"
    done
done
for side in before after; do
    sort -n "$work/$side.walls" > "$work/$side.sorted"
    echo "$side: best $(head -1 "$work/$side.sorted") s, median $(sed -n "$(( (runs + 1) / 2 ))p" "$work/$side.sorted") s"
done
