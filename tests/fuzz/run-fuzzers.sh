#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets of tests/fuzz with clang (AddressSanitizer + UndefinedBehaviorSanitizer)
# and, for each target, replays every input under regressions/<name>/ and then fuzzes for a bounded
# time from corpus/<name>/. The checked-in corpus is only read: new inputs go to a temporary folder.
# Exits non-zero when a target crashes, printing the crashing input's path, and when clang or its
# fuzzer runtime is missing (tools/setup installs them).
#
#   run-fuzzers.sh [--build-dir DIR] [--seconds N] [--replay-only] [NAME...]
#
# NAME: jsonextractor schemavalidator answernormalizer wireformat batchformat notebook cassette
# codedistillerstate artifacttable sourcefeatures (default: all). --seconds (default 20, or WB_FUZZ_SECONDS) is per target.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
build=$here/../../build/fuzz
seconds=${WB_FUZZ_SECONDS:-20}
replay_only=0
targets=()
while [ $# -gt 0 ]; do
    case "$1" in
        --build-dir) build=$2; shift 2 ;;
        --seconds) seconds=$2; shift 2 ;;
        --replay-only) replay_only=1; shift ;;
        -h|--help) sed -n '3,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        -*) echo "run-fuzzers: unknown option '$1'" >&2; exit 2 ;;
        *) targets+=("$1"); shift ;;
    esac
done
all=(jsonextractor schemavalidator answernormalizer wireformat batchformat notebook cassette codedistillerstate artifacttable sourcefeatures)
[ ${#targets[@]} -gt 0 ] || targets=("${all[@]}")

say() { printf '[fuzz] %s\n' "$*" >&2; }
fail() { say "FAILED: $*"; exit 1; }

# clang and its libFuzzer runtime (Debian 12: clang-14 and libclang-rt-14-dev).
cxx=""
for candidate in clang++ clang++-14; do
    if command -v "$candidate" >/dev/null 2>&1; then cxx=$(command -v "$candidate"); break; fi
done
[ -n "$cxx" ] || fail "clang++ not found; install clang-14 and libclang-rt-14-dev (tools/setup does)"
work=$(mktemp -d "${TMPDIR:-/tmp}/wb-fuzz.XXXXXX")
trap 'rm -rf "$work"' EXIT
printf 'extern "C" int LLVMFuzzerTestOneInput(const unsigned char *, unsigned long) { return 0; }\n' >"$work/probe.cpp"
"$cxx" -fsanitize=fuzzer,address,undefined "$work/probe.cpp" -o "$work/probe" 2>"$work/probe.log" \
    || { cat "$work/probe.log" >&2; fail "$cxx cannot link libFuzzer with ASan/UBSan; install libclang-rt-14-dev (tools/setup does)"; }

say "building ${#targets[@]} target(s) with $cxx in $build"
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_BUILD_TYPE=RelWithDebInfo >"$work/configure.log" 2>&1 \
    || { cat "$work/configure.log" >&2; fail "configuring the fuzz targets"; }
cmake --build "$build" -j"${WB_FUZZ_JOBS:-2}" --target "${targets[@]/#/fuzz_}" >"$work/build.log" 2>&1 \
    || { tail -60 "$work/build.log" >&2; fail "building the fuzz targets"; }

export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1:detect_stack_use_after_return=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
crashes=$build/crashes   # kept after the run, to reproduce: build/fuzz/fuzz_<name> <input>
failed=0
for name in "${targets[@]}"; do
    bin=$build/fuzz_$name
    [ -d "$here/corpus/$name" ] || fail "no seed corpus tests/fuzz/corpus/$name"
    log=$work/$name.log

    # Every kept regression input, once each, no fuzzing.
    mapfile -t inputs < <(find "$here/regressions/$name" -type f 2>/dev/null | sort)
    if [ ${#inputs[@]} -gt 0 ]; then
        if ! "$bin" -timeout=10 -rss_limit_mb=2048 "${inputs[@]}" >"$log" 2>&1; then
            tail -40 "$log" >&2
            input=$(grep -o 'Running: .*' "$log" | tail -1 | cut -d' ' -f2-)
            say "fuzz_$name: the regression input ${input:-?} fails again"
            failed=1
            continue
        fi
        say "fuzz_$name: ${#inputs[@]} regression input(s) pass"
    fi
    [ "$replay_only" -eq 1 ] && continue

    mkdir -p "$work/$name/corpus" "$work/$name/artifacts"
    if "$bin" -max_total_time="$seconds" -timeout=5 -rss_limit_mb=2048 -max_len=16384 -print_final_stats=1 -dict="$here/json.dict" \
        -artifact_prefix="$work/$name/artifacts/" "$work/$name/corpus" "$here/corpus/$name" >"$log" 2>&1; then
        runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')
        cov=$(grep -o 'cov: [0-9]* ft: [0-9]*' "$log" | tail -1 || true)
        say "fuzz_$name: ${seconds}s, $runs runs, ${cov:-no coverage line}, no crash"
    else
        tail -60 "$log" >&2
        mkdir -p "$crashes/$name"
        for artifact in "$work/$name/artifacts"/*; do
            [ -e "$artifact" ] || continue
            cp "$artifact" "$crashes/$name/"
            say "fuzz_$name: CRASH on input $crashes/$name/$(basename "$artifact")"
        done
        say "fuzz_$name: reproduce with $bin <input>; once fixed, add the input to tests/fuzz/regressions/$name/"
        failed=1
    fi
done
[ "$failed" -eq 0 ] || fail "a fuzz target crashed (see above)"
say "all ${#targets[@]} target(s) passed"
