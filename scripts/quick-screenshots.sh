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

state_dir=$(mktemp -d "${TMPDIR:-/tmp}/qtsignin-quick-screenshots.XXXXXX")
cleanup() {
    "$root/tests/api/stop.sh" "$state_dir/api" >/dev/null 2>&1 || true
    "$root/tests/provider/stop.sh" "$state_dir/provider" >/dev/null 2>&1 || true
    rm -rf "$state_dir"
}
trap cleanup EXIT
issuer=$("$root/tests/provider/start.sh" "$state_dir/provider")
"$root/tests/api/start.sh" "$state_dir/api" "$issuer" >/dev/null

QTSIGNIN_PROVIDER_STATE=$state_dir/provider QTSIGNIN_API_STATE=$state_dir/api QT_QPA_PLATFORM=xcb \
    QTSIGNIN_QUICK_SCREENSHOTS=$out \
    xvfb-run -a -s "-screen 0 1280x960x24" \
    "$build_dir/tests/quick/tst_quick_example" signsInCallsTheApiWithASilentTokenAndSignsOut
