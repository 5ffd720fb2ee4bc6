#!/usr/bin/env bash
# The main job: start the local OpenID provider and sign in to it with
# `qtsignin login`, through a real browser. With a display, your browser opens
# and you sign in yourself (alice / alice-password); without one, headless
# Chromium plays the person. The tokens go to the keychain; a second process
# then gets an access token silently from it (`qtsignin token`), and lists
# the account. Without a desktop session (no D-Bus session bus), a throw-away
# gnome-keyring stands in for the keychain. Stops everything afterwards.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${QTSIGNIN_BUILD_DIR:-$root/build}
"$root/scripts/setup.sh"
source "$root/scripts/node-path.sh"

state_dir=$(mktemp -d "${TMPDIR:-/tmp}/qtsignin-demo.XXXXXX")
cleanup() {
    # In the person's own keychain, the demo's tokens outlive their provider
    # for nothing: they go with it.
    if [[ -n ${issuer:-} && ! -d $state_dir/keyring ]]; then
        "$build_dir/app/cli/qtsignin" logout --all --authority "$issuer" --client-id qtsignin-demo \
            --app-name "QtSignIn Demo" >/dev/null 2>&1 || true
    fi
    "$root/tests/provider/stop.sh" "$state_dir" >/dev/null 2>&1 || true
    [[ -d $state_dir/keyring ]] && "$root/tests/keyring/stop.sh" "$state_dir/keyring" >/dev/null 2>&1 || true
    rm -rf "$state_dir"
}
trap cleanup EXIT
issuer=$("$root/tests/provider/start.sh" "$state_dir")
echo "==> Local provider at $issuer (users: alice / alice-password, bob / bob-password)"

if [[ -z ${DBUS_SESSION_BUS_ADDRESS:-} ]]; then
    echo "==> No desktop session: a throw-away gnome-keyring holds the tokens"
    "$root/tests/keyring/start.sh" "$state_dir/keyring" >/dev/null
    DBUS_SESSION_BUS_ADDRESS=$(sed -n 's/^DBUS_SESSION_BUS_ADDRESS=//p' "$state_dir/keyring/env")
    export DBUS_SESSION_BUS_ADDRESS
fi

browser=()
if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} ]]; then
    echo "==> No display: headless Chromium signs in as alice"
    browser=(--browser-command "node $root/tests/browser/signin.mjs")
fi
"$build_dir/app/cli/qtsignin" login --authority "$issuer" --client-id qtsignin-demo \
    --scope profile --scope email --scope offline_access --scope api.read \
    --app-name "QtSignIn Demo" --timeout 300 "${browser[@]}" "$@"

session=(--authority "$issuer" --client-id qtsignin-demo --app-name "QtSignIn Demo")
echo "==> A new process asks for a token silently (served from the keychain, no browser):"
"$build_dir/app/cli/qtsignin" token "${session[@]}" --json |
    node -e 'const r = JSON.parse(require("fs").readFileSync(0)); console.log(`    source: ${r.source}, account: ${r.account.username}, scopes: ${r.scopes.join(" ")}, expires in ${Math.round((r.expires_on * 1000 - Date.now()) / 60000)} min`)'
echo "==> Accounts in the keychain:"
"$build_dir/app/cli/qtsignin" accounts "${session[@]}" | sed 's/^/    /'
