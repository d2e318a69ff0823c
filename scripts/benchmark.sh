#!/usr/bin/env bash
# Benchmark: generate a dataset with `normering sample`, check it, and parse the same files
# with `xmllint --stream --noout` in the same run. Prints wall time, MB/s, records/s and peak
# resident memory of each. Not a test: numbers go into BENCHMARKS.md.
#
#   scripts/benchmark.sh [--institutions N] [--schools N] [--months N] [--runs N]
#   NORMERING_BIN=path/to/normering scripts/benchmark.sh ...   (measure another build)
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

# NORMERING_BIN=path compares another build (e.g. a copy of the binary before a change).
if [ -n "${NORMERING_BIN:-}" ]; then
    bin=$NORMERING_BIN
else
    swift build -c release --product normering >/dev/null
    bin=.build/release/normering
fi
data="bench-data/i${institutions}-s${schools}-m${months}"
if [ ! -d "$data" ]; then
    echo "generating $data ..."
    /usr/bin/time -f "generate: %e s, peak %M KB" "$bin" sample --institutions "$institutions" \
        --schools "$schools" --months "$months" --output "$data"
fi
mapfile -t files < <(find "$data/" -type f -iname '*.xml' | LC_ALL=C sort)
bytes=$(cat "${files[@]}" | wc -c)
records=$(cat "${files[@]}" | grep -o -E '<(employee|child|class|pupils) ' | wc -l)
mb=$(echo "scale=1; $bytes / 1000000" | bc)
echo "dataset: ${#files[@]} files, $mb MB, $records records"

best() { # command... ; prints "seconds peakKB cpuSeconds" of the fastest of $runs runs
    local bestT="" bestM="" bestC=""
    for _ in $(seq "$runs"); do
        /usr/bin/time -o "$timing" -f "%e %M %U %S" "$@" >/dev/null 2>/dev/null || true
        read -r t m u s < <(tail -1 "$timing")
        if [ -z "$bestT" ] || [ "$(echo "$t < $bestT" | bc)" = 1 ]; then
            bestT=$t; bestM=$m; bestC=$(echo "$u + $s" | bc)
        fi
    done
    echo "$bestT $bestM $bestC"
}
report() { # name seconds peakKB cpuSeconds
    printf '%-28s %8.2f s %9.1f MB/s %11.0f records/s %8.1f MB peak %7.2f s CPU (user+sys)\n' "$1" "$2" \
        "$(echo "scale=3; $bytes / 1000000 / $2" | bc)" "$(echo "scale=3; $records / $2" | bc)" \
        "$(echo "scale=1; $3 / 1024" | bc)" "$4"
}
out=$(mktemp -d)
timing=$(mktemp)
read -r xt xm xc < <(best xmllint --stream --noout "${files[@]}")
read -r nt nm nc < <(best "$bin" check --quiet --allow-rejects --fail-on never --output "$out" "$data")
rm -rf "$out" "$timing"
echo "best of $runs runs, release build, $(nproc) cores"
# A run under the timer's 0.01 s resolution counts as 0.01 s.
xt=$(echo "if ($xt < 0.01) 0.01 else $xt" | bc); nt=$(echo "if ($nt < 0.01) 0.01 else $nt" | bc)
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
report "xmllint --stream --noout" "$xt" "$xm" "$xc"
report "normering check" "$nt" "$nm" "$nc"
echo "ratio normering/xmllint: $(echo "scale=2; $nt / $xt" | bc)"
