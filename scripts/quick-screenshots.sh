#!/usr/bin/env bash
# The README's screenshots of the Qt Quick example (docs/screenshots/quick-*.png):
# examples/quick/Main.qml in a real X server (Xvfb), signed out and then
# signed in to the local provider through headless Chromium, taken by the
# test that signs in with it (tests/quick/tst_quick_example.cpp).
#
#   scripts/quick-screenshots.sh [OUTPUT_DIR]     (default docs/screenshots)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${QTSIGNIN_BUILD_DIR:-$root/build}
out=$(realpath "${1:-$root/docs/screenshots}")
source "$root/scripts/node-path.sh"
cmake --build "$build_dir" --target tst_quick_example >/dev/null

source "$root/scripts/screenshot-fixtures.sh"
start_screenshot_fixtures qtsignin-quick-screenshots

QTSIGNIN_QUICK_SCREENSHOTS=$out \
    run_in_xvfb 1280x960x24 "$build_dir/tests/quick/tst_quick_example" signsInCallsTheApiWithASilentTokenAndSignsOut
