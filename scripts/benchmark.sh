#!/usr/bin/env bash
# Benchmark: generate a dataset with `normering sample`, check it, and parse the same files
# with `xmllint --stream --noout` in the same run. Prints wall time, MB/s, records/s and peak
# resident memory of each, and of the floor under `check`: libxml2's SAX parser alone on all
# cores (scripts/sax-floor.c, when a C compiler is there). Not a test: numbers go into
# BENCHMARKS.md.
#
#   scripts/benchmark.sh [--institutions N] [--schools N] [--months N] [--per-file N] [--runs N]
#   NORMERING_BIN=path/to/normering scripts/benchmark.sh ...   (measure another build)
#
# Defaults: a national year (4500 daycare institutions, 1300 schools, 12 months, files of at most
# 250 institutions), best of 3. --per-file 100000 gives the other shape: one large municipality
# with one file of each kind a month.
set -euo pipefail
cd "$(dirname "$0")/.."

institutions=4500 schools=1300 months=12 perfile=250 runs=3
while [ $# -gt 0 ]; do
    case "$1" in
        --institutions) institutions=$2; shift 2 ;;
        --schools) schools=$2; shift 2 ;;
        --months) months=$2; shift 2 ;;
        --per-file) perfile=$2; shift 2 ;;
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
[ "$perfile" = 250 ] || data="$data-f${perfile}"
if [ ! -d "$data" ]; then
    echo "generating $data ..."
    /usr/bin/time -f "generate: %e s, peak %M KB" "$bin" sample --institutions "$institutions" \
        --schools "$schools" --months "$months" --institutions-per-file "$perfile" --output "$data"
fi
mapfile -t files < <(find "$data/" -type f -iname '*.xml' | LC_ALL=C sort)
bytes=$(cat "${files[@]}" | wc -c)
records=$(cat "${files[@]}" | grep -o -E '<(employee|child|class|pupils) ' | wc -l)
mb=$(echo "scale=1; $bytes / 1000000" | bc)
echo "dataset: ${#files[@]} files, $mb MB, $records records"

# Runs are taken in turn (xmllint, the floor, check; again), so that a slow minute of a
# shared machine falls on all of them rather than on one. `time_run` appends
# "seconds peakKB cpuSeconds" of one run to the file named first.
time_run() { # results-file command...
    local results=$1; shift
    /usr/bin/time -o "$timing" -f "%e %M %U %S" "$@" >/dev/null 2>/dev/null || true
    read -r t m u s < <(tail -1 "$timing")
    echo "$t $m $(echo "$u + $s" | bc)" >>"$results"
}
best() { # results-file: prints "seconds peakKB cpuSeconds" of the fastest run
    sort -n -k1,1 "$1" | head -1
}
report() { # name seconds peakKB cpuSeconds
    printf '%-28s %8.2f s %9.1f MB/s %11.0f records/s %8.1f MB peak %7.2f s CPU (user+sys)\n' "$1" "$2" \
        "$(echo "scale=3; $bytes / 1000000 / $2" | bc)" "$(echo "scale=3; $records / $2" | bc)" \
        "$(echo "scale=1; $3 / 1024" | bc)" "$4"
}
out=$(mktemp -d)
timing=$(mktemp)
results=$(mktemp -d)
# The floor: libxml2's SAX2 push parser alone over the same files on $(nproc) threads,
# callbacks empty (scripts/sax-floor.c). Needs a C compiler; skipped without one.
floor=.build/sax-floor
if [ ! -x "$floor" ] || [ scripts/sax-floor.c -nt "$floor" ]; then
    cc -O2 $(pkg-config --cflags libxml-2.0) scripts/sax-floor.c -o "$floor" $(pkg-config --libs libxml-2.0) \
        -lpthread 2>/dev/null || floor=""
fi
for _ in $(seq "$runs"); do
    time_run "$results/xmllint" xmllint --stream --noout "${files[@]}"
    [ -n "$floor" ] && time_run "$results/floor" "$floor" "$(nproc)" "${files[@]}"
    time_run "$results/check" "$bin" check --quiet --allow-rejects --fail-on never --output "$out" "$data"
done
read -r xt xm xc < <(best "$results/xmllint")
read -r nt nm nc < <(best "$results/check")
echo "best of $runs runs (taken in turn), release build, $(nproc) cores"
# A run under the timer's 0.01 s resolution counts as 0.01 s.
xt=$(echo "if ($xt < 0.01) 0.01 else $xt" | bc); nt=$(echo "if ($nt < 0.01) 0.01 else $nt" | bc)
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
report "xmllint --stream --noout" "$xt" "$xm" "$xc"
if [ -n "$floor" ]; then
    read -r ft fm fc < <(best "$results/floor")
    ft=$(echo "if ($ft < 0.01) 0.01 else $ft" | bc)
    report "libxml2 SAX alone, $(nproc) thr" "$ft" "$fm" "$fc"
fi
report "normering check" "$nt" "$nm" "$nc"
echo "ratio normering/xmllint: $(echo "scale=2; $nt / $xt" | bc) (goal 0.8)"
if [ -n "$floor" ]; then
    echo "ratio normering/floor: $(echo "scale=2; $nt / $ft" | bc) (goal at most 2)"
    echo "ratio floor/xmllint: $(echo "scale=2; $ft / $xt" | bc) (what libxml2 itself leaves of the 0.8)"
fi
# One municipality's month (60 daycare institutions, 15 schools), start included: goal under 0.3 s.
small=bench-data/i60-s15-m1
[ -d "$small" ] || "$bin" sample --institutions 60 --schools 15 --months 1 --output "$small" >/dev/null
for _ in $(seq "$runs"); do
    time_run "$results/small" "$bin" check --quiet --allow-rejects --fail-on never --output "$out" "$small"
done
read -r st sm _ < <(best "$results/small")
printf "one municipality's month (%s): %.2f s, %.1f MB peak\n" "$small" "$st" "$(echo "scale=1; $sm / 1024" | bc)"
rm -rf "$out" "$timing" "$results"
