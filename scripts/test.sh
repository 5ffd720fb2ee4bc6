#!/usr/bin/env bash
# The whole test suite: installs and builds (scripts/setup.sh), then runs
# every test with ctest, twice: the normal build (unit tests, and end-to-end
# sign-ins against the local OpenID provider through headless Chromium), then
# a clang build with AddressSanitizer, UndefinedBehaviorSanitizer and
# LeakSanitizer, which also runs each libFuzzer target for a bounded time.
#
#   scripts/test.sh [CTEST ARGUMENTS...]
#   QTSIGNIN_SANITIZERS=0 scripts/test.sh     (skip the sanitizer stage, for quick local runs)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${QTSIGNIN_BUILD_DIR:-$root/build}
asan_dir=${QTSIGNIN_ASAN_BUILD_DIR:-$root/build-asan}
"$root/scripts/setup.sh"
source "$root/scripts/node-path.sh"

export QT_QPA_PLATFORM=offscreen
jobs=${QTSIGNIN_TEST_JOBS:-2}

if [[ ${QTSIGNIN_SANITIZERS:-1} != 0 ]]; then
    echo "==> Building with sanitizers in $asan_dir"
    export CCACHE_DIR=${CCACHE_DIR:-$root/.cache/ccache}
    CC=clang CXX=clang++ cmake -S "$root" -B "$asan_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DQTSIGNIN_SANITIZE=address,undefined -DQTSIGNIN_BUILD_FUZZERS=ON \
        -DQTSIGNIN_FUZZ_SECONDS="${QTSIGNIN_FUZZ_SECONDS:-60}" >/dev/null
    cmake --build "$asan_dir"
    echo "==> Running the tests under ASan, UBSan and LSan, and the fuzzers"
    (
        export ASAN_OPTIONS=detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1
        export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:suppressions=$root/tests/sanitizers/ubsan.supp
        export LSAN_OPTIONS=suppressions=$root/tests/sanitizers/lsan.supp
        cd "$asan_dir" && ctest --output-on-failure --timeout 900 -j "$jobs" "$@"
    )
fi

echo "==> Running the tests"
cd "$build_dir"
exec ctest --output-on-failure --timeout 300 -j "$jobs" "$@"
