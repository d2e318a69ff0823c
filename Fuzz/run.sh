#!/usr/bin/env bash
# Fuzzes the importer with libFuzzer (+ AddressSanitizer, LeakSanitizer).
#
#   Fuzz/run.sh [SECONDS] [SEED] [--jobs N]
#
# SECONDS: how long to fuzz (default 600); SEED: libFuzzer's random seed (default: chosen by
# libFuzzer). Builds Fuzz/ (a package of its own; the main package never builds the fuzzer),
# seeds a corpus from Imports/, the importer's fixtures and the hostile corpus, and fuzzes.
# New inputs go to Fuzz/corpus/, crashes, hangs and leaks to Fuzz/artifacts/, the log to Fuzz/logs/.
# Exit status: libFuzzer's (0: nothing found).
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-600}
seed=${2:-0}
jobs=1
if [ "${3:-}" = "--jobs" ]; then jobs=${4:-1}; fi

swift build -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library --product ImporterFuzzer
bin=$(swift build -c release --show-bin-path)/ImporterFuzzer

# Seeds: every export we have, and multi-file inputs (staffing, separator, enrolment) for the join.
rm -rf seeds && mkdir -p seeds corpus artifacts logs
n=0
for f in ../Imports/*/*.xml ../Tests/NormeringImportTests/Fixtures/*/*.xml ../Tests/NormeringImportTests/Fixtures/*/*/*.xml \
         ../Tests/NormeringReliabilityTests/Hostile/*; do
    [ -f "$f" ] || continue
    n=$((n + 1)); cp "$f" "seeds/$(printf '%04d' $n)-$(basename "$f")"
done
join_pair() { # staffing enrolment name
    { cat "$1"; printf '\0@@NEXT-FILE@@\0'; cat "$2"; } > "seeds/join-$3"
}
join_pair ../Tests/NormeringImportTests/Fixtures/example/staffing-2025-03.xml \
          ../Tests/NormeringImportTests/Fixtures/example/enrolment-2025-03.xml example
join_pair ../Tests/NormeringImportTests/Fixtures/join/2025-03/a-staffing.xml \
          ../Tests/NormeringImportTests/Fixtures/join/2025-03/c-enrolment.xml join-a-c
join_pair ../Tests/NormeringImportTests/Fixtures/join/2025-03/b-staffing.xml \
          ../Tests/NormeringImportTests/Fixtures/join/2025-03/c-enrolment.xml join-b-c
join_pair ../Imports/2025-01/staffing-schools.xml ../Imports/2025-01/enrolment-schools.xml schools
join_pair ../Imports/2025-01/enrolment-family-daycare.xml ../Imports/2025-01/staffing-daycare.xml family

log="logs/run-$(date -u +%Y%m%dT%H%M%SZ)-seed${seed}.log"
echo "fuzzing for ${seconds}s (seed ${seed}, ${jobs} job(s)); log: Fuzz/$log"
extra=()
[ "$seed" != 0 ] && extra+=(-seed="$seed")
[ "$jobs" -gt 1 ] && extra+=(-jobs="$jobs" -workers="$jobs")
set +e
SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1} "$bin" corpus seeds \
    -dict=normering.dict -max_total_time="$seconds" "${extra[@]}" \
    -max_len=32768 -timeout=10 -rss_limit_mb=2048 -artifact_prefix=artifacts/ \
    -print_final_stats=1 > "$log" 2>&1
status=$?
set -e
grep -E '^#[0-9]+.*(DONE|pulse)|stat::' "$log" | tail -12
ls artifacts | sed 's/^/finding: Fuzz\/artifacts\//' || true
exit $status
