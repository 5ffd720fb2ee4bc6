#!/usr/bin/env bash
# Brings translations/*.ts up to date with the sources (Qt Linguist's
# lupdate): new strings appear there unfinished, for a translator to fill in
# with Qt Linguist; the build compiles the .ts files to .qm with lrelease.
#
#   scripts/update-translations.sh [BUILD_DIR]    (default: build, from scripts/setup.sh)
#
# It builds the target update_translations (translations/CMakeLists.txt:
# Qt's qt_add_lupdate, with lupdate from the Qt the build was configured
# with). Two catalogues: qtsignin (the library: lib/) and qtsignin_demo
# (app/demo). English is the source language; its .ts files hold only
# plural forms. Translations written outside Qt Linguist: scripts/fill-translations.py.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${1:-${QTSIGNIN_BUILD_DIR:-$root/build}}
if [[ ! -f $build_dir/CMakeCache.txt ]]; then
    cmake -S "$root" -B "$build_dir" -G Ninja >/dev/null
fi
cmake --build "$build_dir" --target update_translations
