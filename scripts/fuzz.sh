#!/usr/bin/env bash
# Runs every libFuzzer target for longer than CI does (default 10 minutes each).
#   scripts/fuzz.sh [SECONDS]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
QTSIGNIN_SANITIZERS=0 "$root/scripts/setup.sh"
source "$root/scripts/node-path.sh"
asan_dir=${QTSIGNIN_ASAN_BUILD_DIR:-$root/build-asan}
CC=clang CXX=clang++ cmake -S "$root" -B "$asan_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DQTSIGNIN_SANITIZE=address,undefined -DQTSIGNIN_BUILD_FUZZERS=ON -DQTSIGNIN_FUZZ_SECONDS="${1:-600}" >/dev/null
cmake --build "$asan_dir"
cd "$asan_dir" && ctest --output-on-failure -L fuzz -j "${QTSIGNIN_TEST_JOBS:-2}" --timeout 0
