#!/usr/bin/env bash
# Benchmark: generate a dataset with `normering sample`, check it, and parse the same files
# with `xmllint --stream --noout` in the same run. Prints wall time, MB/s, records/s and peak
# resident memory of each. Not a test: numbers go into BENCHMARKS.md.
#
#   scripts/benchmark.sh [--institutions N] [--schools N] [--months N] [--runs N]
#
# Defaults: a national year (4500 daycare institutions, 1300 schools, 12 months), best of 3.
set -euo pipefail
cd "$(dirname "$0")/.."

institutions=4500 schools=1300 months=12 runs=3
while [ $# -gt 0 ]; do
    case "$1" in
        --institutions) institutions=$2; shift 2 ;;
        --schools) schools=$2; shift 2 ;;
        --months) months=$2; shift 2 ;;
        --runs) runs=$2; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
command -v xmllint >/dev/null || { echo "xmllint missing: apt-get install -y libxml2-utils" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time missing: apt-get install -y time" >&2; exit 2; }

swift build -c release --product normering >/dev/null
bin=.build/release/normering
data="bench-data/i${institutions}-s${schools}-m${months}"
if [ ! -d "$data" ]; then
    echo "generating $data ..."
    /usr/bin/time -f "generate: %e s, peak %M KB" "$bin" sample --institutions "$institutions" \
        --schools "$schools" --months "$months" --output "$data"
fi
mapfile -t files < <(find "$data" -type f -iname '*.xml' | LC_ALL=C sort)
bytes=$(cat "${files[@]}" | wc -c)
records=$(cat "${files[@]}" | grep -o -E '<(employee|child|class|pupils) ' | wc -l)
mb=$(echo "scale=1; $bytes / 1000000" | bc)
echo "dataset: ${#files[@]} files, $mb MB, $records records"

best() { # command... ; prints "seconds peakKB" of the fastest of $runs runs
    local bestT="" bestM=""
    for _ in $(seq "$runs"); do
        out=$( { /usr/bin/time -f "%e %M" "$@" >/dev/null 2>/dev/null; } 2>&1 | tail -1 )
        t=${out% *}; m=${out#* }
        if [ -z "$bestT" ] || [ "$(echo "$t < $bestT" | bc)" = 1 ]; then bestT=$t; bestM=$m; fi
    done
    echo "$bestT $bestM"
}
report() { # name seconds peakKB
    printf '%-28s %8.2f s %9.1f MB/s %11.0f records/s %8.1f MB peak\n' "$1" "$2" \
        "$(echo "scale=3; $bytes / 1000000 / $2" | bc)" "$(echo "scale=3; $records / $2" | bc)" \
        "$(echo "scale=1; $3 / 1024" | bc)"
}
out=$(mktemp -d)
read -r xt xm < <(best xmllint --stream --noout "${files[@]}")
read -r nt nm < <(best "$bin" check --quiet --allow-rejects --fail-on never --output "$out" "$data")
rm -rf "$out"
echo "best of $runs runs, release build, $(nproc) cores"
report "xmllint --stream --noout" "$xt" "$xm"
report "normering check" "$nt" "$nm"
echo "ratio normering/xmllint: $(echo "scale=2; $nt / $xt" | bc)"
