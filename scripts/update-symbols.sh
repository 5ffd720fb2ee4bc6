#!/usr/bin/env bash
# Rewrites packaging/debian/*.symbols, the exported symbols of QtSignIn's
# shared libraries, from a build, after an intended change to them; the
# test abi.symbols fails until then. Review the diff before committing: a
# disappeared or changed symbol breaks applications built against the
# released library, so it needs a new SONAME (README, "ABI policy"): raise
# QTSIGNIN_SOVERSION in CMakeLists.txt, git mv the files to the new package
# names (libqtsigninN.symbols), reconfigure, then run this; it writes the new
# SONAME into their first line and dates every symbol from this version.
#
#   scripts/update-symbols.sh [BUILD_DIR]     (default: build, built with scripts/setup.sh)
#
# New symbols get the project's current version.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${1:-${QTSIGNIN_BUILD_DIR:-$root/build}}
cmake --build "$build_dir" --target QtSignInCore $(grep -q '^QTSIGNIN_BUILD_WEBENGINE:BOOL=ON' "$build_dir/CMakeCache.txt" && echo QtSignInWebEngine) \
    $(grep -q '^QTSIGNIN_BUILD_TEST_KIT:BOOL=ON' "$build_dir/CMakeCache.txt" && echo QtSignInTest)
"$root/tests/abi/symbols.sh" update "$build_dir"
git -C "$root" --no-pager diff --stat -- packaging/debian
