#!/usr/bin/env bash
# Runs the unit suite under AddressSanitizer (with LeakSanitizer) and under ThreadSanitizer,
# each in a scratch folder of its own (.build-asan, .build-tsan), and reports: build time, test
# time, the test result and the sanitizer reports found.
#
#   scripts/sanitizers.sh [address|thread|both] [-- swift test options, e.g. --filter NormeringImportTests]
#
# Exit status: 0 when every suite passed and no sanitizer reported anything, 1 otherwise.
# Logs: .build-asan/sanitizer-test.log, .build-tsan/sanitizer-test.log.
set -uo pipefail
cd "$(dirname "$0")/.."

which=${1:-both}
shift || true
[ "${1:-}" = "--" ] && shift
case "$which" in
    address) sanitizers=(address) ;;
    thread) sanitizers=(thread) ;;
    both) sanitizers=(address thread) ;;
    *) echo "usage: scripts/sanitizers.sh [address|thread|both] [-- swift test options]" >&2; exit 2 ;;
esac

# Reports go to standard error of the test process (and of the normering subprocesses the
# reliability tests start, which are built with the same sanitizer); keep going after the first.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:halt_on_error=0:abort_on_error=0}
# Leaks inside the toolchain's libraries (Foundation, XCTest) are suppressed: see the file.
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/scripts/lsan-suppressions.txt:print_suppressions=1}
export TSAN_OPTIONS=${TSAN_OPTIONS:-halt_on_error=0:second_deadlock_stack=1}
export SWIFT_BACKTRACE=${SWIFT_BACKTRACE:-enable=no}

status=0
summary=()
for sanitizer in "${sanitizers[@]}"; do
    scratch=.build-$([ "$sanitizer" = address ] && echo asan || echo tsan)
    mkdir -p "$scratch"
    log="$scratch/sanitizer-test.log"
    echo "== $sanitizer: building into $scratch"
    start=$(date +%s)
    if ! swift build --build-tests --sanitize="$sanitizer" --scratch-path "$scratch" > "$scratch/sanitizer-build.log" 2>&1; then
        tail -30 "$scratch/sanitizer-build.log"
        summary+=("$sanitizer: BUILD FAILED (see $scratch/sanitizer-build.log)")
        status=1
        continue
    fi
    built=$(date +%s)
    echo "== $sanitizer: testing (log: $log)"
    swift test --skip-build --sanitize="$sanitizer" --scratch-path "$scratch" "$@" > "$log" 2>&1
    tests=$?
    done_at=$(date +%s)
    reports=$(grep -cE "^(==[0-9]+==ERROR|WARNING: ThreadSanitizer|SUMMARY: (Address|Thread|Leak|UndefinedBehavior)Sanitizer)" "$log")
    result=$(grep -E "Test run with .* (passed|failed)" "$log" | tail -1)
    [ -n "$result" ] || result="no Swift Testing result (exit status $tests)"
    summary+=("$sanitizer: build $((built - start)) s, tests $((done_at - built)) s; $result; sanitizer reports: $reports")
    if [ "$tests" -ne 0 ] || [ "$reports" -ne 0 ]; then
        status=1
        grep -E -A12 "^(==[0-9]+==ERROR|WARNING: ThreadSanitizer)" "$log" | head -80
    fi
done

echo
printf '%s\n' "${summary[@]}"
exit $status
