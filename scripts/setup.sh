#!/usr/bin/env bash
# Installs what QtSignIn needs on Debian 12 and builds it. Safe to re-run:
# packages already present are not reinstalled, npm ci runs only when the lock
# file changed, and the build is incremental (ccache across clean builds).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${QTSIGNIN_BUILD_DIR:-$root/build}

packages=(
    qt6-base-dev libqt6sql6-sqlite qt6-networkauth-dev qt6-webengine-dev qtkeychain-qt6-dev qt6-tools-dev
    qt6-l10n-tools qt6-httpserver-dev qt6-websockets-dev libssl-dev libcjose-dev libjansson-dev libqrencode-dev pkg-config
    cmake ninja-build g++ clang libclang-rt-14-dev ccache chromium xvfb xauth gnome-keyring libsecret-tools dbus-x11
    openssl doxygen desktop-file-utils appstream dpkg-dev libqt6svg6 libbenchmark-dev
    # The shells and the man page checker that e2e.cli_completion runs (a few MB).
    zsh fish mandoc
    # Qt Quick and WebEngineView at run time, for the QML module QtSignIn.WebEngine and its tests.
    qml6-module-qtwebengine qml6-module-qtquick qml6-module-qtquick-window qml6-module-qtquick-controls
    qml6-module-qtquick-layouts qml6-module-qtquick-templates qml6-module-qtqml-workerscript
    # A QR code reader: the tests read back the codes the demo and qtsignin draw.
    zbar-tools
    # The QML module (lib/quick) and the Qt Quick example and its tests: Qt QML's
    # development files and the QML modules the example imports at run time.
    qt6-declarative-dev qt6-declarative-dev-tools qml6-module-qtqml qml6-module-qtqml-models
    qml6-module-qtqml-workerscript qml6-module-qtquick qml6-module-qtquick-controls
    qml6-module-qtquick-layouts qml6-module-qtquick-templates qml6-module-qtquick-window
)
# LemonLDAP::NG's portal, the second OpenID provider of the e2e tests (tests/lemonldap),
# run with plackup: not the meta-package (which adds the manager and the handler),
# plus what the portal loads even so that Debian only recommends (its captcha module's
# GD::SecurityImage with Image::Magick; String::Random and IO::String for OpenID Connect).
packages+=(
    liblemonldap-ng-portal-perl libplack-perl libgd-securityimage-perl libimage-magick-perl
    libstring-random-perl libio-string-perl
)
# Node.js 20 or newer runs the local provider and its browser driver (playwright-core
# needs 20). Debian 12's own nodejs is 18: it is installed only for npm, and Node.js 20
# then comes from the npm registry (below).
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

# Node.js 20 from the npm registry (the official build, packaged as node-linux-<arch>),
# into .cache/node, when the machine's is older; scripts/node-path.sh puts it on PATH.
# QTSIGNIN_NODE_FROM_NPM=1 takes this path even with a new enough Node.js.
node_version=20.20.2
source "$root/scripts/node-path.sh"
node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if ((node_major < 20)) || [[ ${QTSIGNIN_NODE_FROM_NPM:-0} == 1 && ! -x $root/.cache/node/bin/node ]]; then
    case $(uname -m) in
        x86_64) node_arch=x64 ;;
        aarch64) node_arch=arm64 ;;
        *) echo "setup.sh: Node.js 20 or newer is needed; install it for $(uname -m)" >&2; exit 1 ;;
    esac
    echo "==> Installing Node.js $node_version from the npm registry into .cache/node (this machine's is $(node --version 2>/dev/null || echo missing))"
    npm install --prefix "$root/.cache/node" --no-audit --no-fund --no-save --loglevel=error \
        "node-linux-$node_arch@$node_version"
    mkdir -p "$root/.cache/node/bin"
    ln -sf "../node_modules/node-linux-$node_arch/bin/node" "$root/.cache/node/bin/node"
    source "$root/scripts/node-path.sh"
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
