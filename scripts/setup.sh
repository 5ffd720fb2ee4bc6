#!/usr/bin/env bash
# Installs what QtSignIn needs on Debian 12 and builds it. Safe to re-run:
# packages already present are not reinstalled, npm ci runs only when the lock
# file changed, and the build is incremental (ccache across clean builds).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${QTSIGNIN_BUILD_DIR:-$root/build}

packages=(
    qt6-base-dev qt6-networkauth-dev qt6-webengine-dev qtkeychain-qt6-dev qt6-tools-dev
    qt6-l10n-tools qt6-httpserver-dev qt6-websockets-dev libssl-dev libcjose-dev libjansson-dev pkg-config
    cmake ninja-build g++ clang libclang-rt-14-dev ccache chromium xvfb xauth gnome-keyring libsecret-tools dbus-x11
    openssl
)
# Node.js 20 or newer runs the local provider (oidc-provider 9); the machine image ships it.
# Debian 12's own nodejs (18) is only a fallback and too old for oidc-provider 9.
command -v node >/dev/null && command -v npm >/dev/null || packages+=(nodejs npm)

missing=()
for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    [[ $status == "install ok installed" ]] || missing+=("$package")
done
if ((${#missing[@]})); then
    echo "==> Installing Debian packages: ${missing[*]}"
    sudo_cmd=()
    [[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >/dev/null
fi

# The local identity provider and the headless browser driver (tests/package-lock.json).
stamp=$root/tests/node_modules/.qtsignin-lock
if [[ ! -f $stamp ]] || ! cmp -s "$root/tests/package-lock.json" "$stamp"; then
    echo "==> Installing the local provider's npm packages (npm ci)"
    (cd "$root/tests" && npm ci --no-audit --no-fund --loglevel=error)
    cp "$root/tests/package-lock.json" "$stamp"
fi

echo "==> Building in $build_dir"
export CCACHE_DIR=${CCACHE_DIR:-$root/.cache/ccache}
cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=${QTSIGNIN_BUILD_TYPE:-RelWithDebInfo} >/dev/null
cmake --build "$build_dir"
