#!/usr/bin/env bash
# The README's screenshots of the demo (docs/screenshots/*.png): the demo's
# screens in a real X server (Xvfb), signed in to the local provider through
# headless Chromium, which also photographs the browser's result page.
#
#   scripts/screenshots.sh [OUTPUT_DIR]     (default docs/screenshots)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${QTSIGNIN_BUILD_DIR:-$root/build}
out=${1:-$root/docs/screenshots}
"$root/scripts/setup.sh"
source "$root/scripts/node-path.sh"
cmake --build "$build_dir" --target demo_screenshots >/dev/null

source "$root/scripts/screenshot-fixtures.sh"
start_screenshot_fixtures qtsignin-screenshots

# As root, Qt WebEngine's Chromium (the embedded dialog) needs its sandbox off.
[[ $(id -u) -eq 0 ]] && export QTWEBENGINE_DISABLE_SANDBOX=1 QTWEBENGINE_CHROMIUM_FLAGS="--disable-gpu --no-sandbox"
run_in_xvfb 1280x960x24 "$build_dir/tests/demo/demo_screenshots" "$out"

# The main screens again at 150 % on a 1280x800 laptop screen, in a dark
# palette and in German (file names end in the variant).
for variant in 150 dark de 150-dark-de; do
    scale=1 palette=light language=en
    [[ $variant == *150* ]] && scale=1.5
    [[ $variant == *dark* ]] && palette=dark
    [[ $variant == *de* ]] && language=de
    QT_SCALE_FACTOR=$scale QTSIGNIN_SCREENSHOT_PALETTE=$palette QTSIGNIN_SCREENSHOT_LANGUAGE=$language \
        QTSIGNIN_SCREENSHOT_VARIANT=$variant \
        run_in_xvfb 1280x800x24 "$build_dir/tests/demo/demo_screenshots" "$out"
done
