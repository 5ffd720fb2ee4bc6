#!/usr/bin/env bash
# The main job: sets everything up, starts the local OpenID provider and the
# demo API beside it, and runs the demo app, qtsignin-demo, signed in to them.
#
#   scripts/demo.sh [--headless] [qtsignin-demo options...]
#
# With a display, the demo's window opens; sign in through your browser as
# alice / alice-password (or bob / bob-password). With --headless, or without
# a display, headless Chromium plays the person: the demo signs in, calls the
# API with silently acquired tokens and prints what it got; then a new process
# (`qtsignin token`) gets a token from the keychain without a browser. Without
# a desktop session (no D-Bus session bus), a throw-away gnome-keyring stands
# in for the keychain. Stops everything afterwards.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${QTSIGNIN_BUILD_DIR:-$root/build}
"$root/scripts/setup.sh"
source "$root/scripts/node-path.sh"

headless=0
demo_args=()
for argument in "$@"; do
    if [[ $argument == --headless ]]; then headless=1; else demo_args+=("$argument"); fi
done
[[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} ]] && headless=1

state_dir=$(mktemp -d "${TMPDIR:-/tmp}/qtsignin-demo.XXXXXX")
session=()
cleanup() {
    # In the person's own keychain, the demo's tokens outlive their provider
    # for nothing: they go with it.
    if ((${#session[@]})) && [[ ! -d $state_dir/keyring ]]; then
        "$build_dir/bin/qtsignin" logout --all "${session[@]}" >/dev/null 2>&1 || true
    fi
    "$root/tests/api/stop.sh" "$state_dir/api" >/dev/null 2>&1 || true
    "$root/tests/provider/stop.sh" "$state_dir/provider" >/dev/null 2>&1 || true
    [[ -d $state_dir/keyring ]] && "$root/tests/keyring/stop.sh" "$state_dir/keyring" >/dev/null 2>&1 || true
    rm -rf "$state_dir"
}
trap cleanup EXIT
issuer=$("$root/tests/provider/start.sh" "$state_dir/provider")
api=$("$root/tests/api/start.sh" "$state_dir/api" "$issuer")
session=(--authority "$issuer" --client-id qtsignin-demo --app-name "QtSignIn Demo")
echo "==> Local provider at $issuer (users: alice / alice-password, bob / bob-password)"
echo "==> Demo API at $api (GET /me, GET /items: api.read; POST /items: api.write)"

if [[ -z ${DBUS_SESSION_BUS_ADDRESS:-} ]]; then
    echo "==> No desktop session: a throw-away gnome-keyring holds the tokens"
    "$root/tests/keyring/start.sh" "$state_dir/keyring" >/dev/null
    DBUS_SESSION_BUS_ADDRESS=$(sed -n 's/^DBUS_SESSION_BUS_ADDRESS=//p' "$state_dir/keyring/env")
    export DBUS_SESSION_BUS_ADDRESS
fi

demo=("$build_dir/bin/qtsignin-demo" --authority "$issuer" --api-url "$api")
if ((headless == 0)); then
    echo "==> Starting the demo: sign in as alice / alice-password"
    "${demo[@]}" "${demo_args[@]}"
    exit 0
fi

echo "==> No window (--headless or no display): headless Chromium signs in as alice"
"${demo[@]}" --headless --browser-command "node $root/tests/browser/signin.mjs" "${demo_args[@]}" 2>&1 |
    grep -v '^\[browser\]'
echo "==> A new process asks for a token silently (served from the keychain, no browser):"
"$build_dir/bin/qtsignin" token "${session[@]}" --scope api.read --json |
    node -e 'const r = JSON.parse(require("fs").readFileSync(0)); console.log(`    source: ${r.source}, account: ${r.account.username}, scopes: ${r.scopes.join(" ")}, expires in ${Math.round((r.expires_on * 1000 - Date.now()) / 60000)} min`)'
