#!/usr/bin/env bash
# The whole test suite: installs and builds (scripts/setup.sh), then runs every
# test with ctest. Unit tests, and end-to-end sign-ins against the local
# OpenID provider through headless Chromium.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${QTSIGNIN_BUILD_DIR:-$root/build}
"$root/scripts/setup.sh"

echo "==> Running the tests"
export QT_QPA_PLATFORM=offscreen
cd "$build_dir"
exec ctest --output-on-failure --timeout 300 -j "${QTSIGNIN_TEST_JOBS:-2}" "$@"
