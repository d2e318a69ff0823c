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
# A sanitized build runs 3-10 times slower: the reliability tests' 10 s watchdog waits longer.
export NORMERING_TEST_TIME_SCALE=${NORMERING_TEST_TIME_SCALE:-4}

# The number of sanitizer reports in a test log.
sanitizer_reports() {
    grep -cE "^(==[0-9]+==ERROR|WARNING: ThreadSanitizer|SUMMARY: (Address|Thread|Leak|UndefinedBehavior)Sanitizer)" "$1"
}
# The failing tests and their expectations in a test log, so that a CI log says which failed.
failing_tests() {
    grep -E "✘|Expectation failed|recorded an issue" "$1" | head -40
}

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
    reports=$(sanitizer_reports "$log")
    result=$(grep -E "Test run with .* (passed|failed)" "$log" | tail -1)
    [ -n "$result" ] || result="no Swift Testing result (exit status $tests)"
    summary+=("$sanitizer: build $((built - start)) s, tests $((done_at - built)) s; $result; sanitizer reports: $reports")
    if [ "$tests" -ne 0 ] || [ "$reports" -ne 0 ]; then
        # The failing tests and their expectations, so that a CI log says which one failed.
        failing_tests "$log"
        grep -E -A12 "^(==[0-9]+==ERROR|WARNING: ThreadSanitizer)" "$log" | head -80
        if [ "$reports" -eq 0 ] && [ "$tests" -ne 0 ]; then
            # A test failed without a sanitizer report: run the suite once more, so that a test
            # slowed past a limit by the sanitizer on a busy machine is told from a real failure.
            # The first failure stays in the log and in the summary, marked.
            echo "== $sanitizer: a test failed with no sanitizer report; running the suite once more"
            swift test --skip-build --sanitize="$sanitizer" --scratch-path "$scratch" "$@" > "$log.rerun" 2>&1
            rerun=$?
            rerunReports=$(sanitizer_reports "$log.rerun")
            summary+=("$sanitizer: FAILED ONCE, rerun: $(grep -E "Test run with .* (passed|failed)" "$log.rerun" | tail -1); sanitizer reports: $rerunReports")
            if [ "$rerun" -ne 0 ] || [ "$rerunReports" -ne 0 ]; then
                failing_tests "$log.rerun"
                status=1
            fi
        else
            status=1
        fi
    fi
done

echo
printf '%s\n' "${summary[@]}"
exit $status
