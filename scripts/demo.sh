#!/usr/bin/env bash
# The main job: start the local OpenID provider and sign in to it with
# `qtsignin login`, through a real browser. With a display, your browser opens
# and you sign in yourself (alice / alice-password); without one, headless
# Chromium plays the person. Stops the provider afterwards.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${QTSIGNIN_BUILD_DIR:-$root/build}
"$root/scripts/setup.sh"

state_dir=$(mktemp -d "${TMPDIR:-/tmp}/qtsignin-demo.XXXXXX")
trap '"$root/tests/provider/stop.sh" "$state_dir" >/dev/null 2>&1 || true; rm -rf "$state_dir"' EXIT
issuer=$("$root/tests/provider/start.sh" "$state_dir")
echo "==> Local provider at $issuer (users: alice / alice-password, bob / bob-password)"

browser=()
if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} ]]; then
    echo "==> No display: headless Chromium signs in as alice"
    browser=(--browser-command "node $root/tests/browser/signin.mjs")
fi
"$build_dir/app/cli/qtsignin" login --authority "$issuer" --client-id qtsignin-demo \
    --scope profile --scope email --scope offline_access --scope api.read \
    --app-name "QtSignIn Demo" --timeout 300 "${browser[@]}" "$@"
