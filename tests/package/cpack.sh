#!/usr/bin/env bash
# package.cpack_deb: runs CPack on the finished build and checks the Debian
# packages (names, dependencies, contents) and the tarball.
#
# Usage: cpack.sh WORK_DIR, with the QTSIGNIN_* and tool variables that
# tests/package/CMakeLists.txt sets.
set -euo pipefail

work=$1
version=$QTSIGNIN_VERSION
so=$QTSIGNIN_SOVERSION
# Debian names a shared library's package after its SONAME (libfoo.so.N:
# libfooN), so a release that breaks the ABI installs beside the old one.
core_package=libqtsignin$so
webengine_package=libqtsignin-webengine$so
libdir=usr/$QTSIGNIN_LIBDIR
plugindir=usr/$QTSIGNIN_PLUGINDIR
qmldir=usr/$QTSIGNIN_QMLDIR
rm -rf "$work"
mkdir -p "$work"

step() { echo "==> $*"; }
fail() { echo "FAIL: $*" >&2; exit 1; }

cd "$QTSIGNIN_BUILD_DIR"

step "cpack -G DEB"
"$CPACK_COMMAND" -G DEB -B "$work/deb" >"$work/deb.log" 2>&1 || { cat "$work/deb.log"; fail "cpack -G DEB"; }

arch=$(dpkg --print-architecture)
packages=("$core_package" libqtsignin-dev qtsignin)
[[ $QTSIGNIN_EXPECT_WEBENGINE == ON ]] && packages+=("$webengine_package")
[[ $QTSIGNIN_EXPECT_DEMO == ON ]] && packages+=(qtsignin-demo)
[[ $QTSIGNIN_EXPECT_QUICK == ON ]] && packages+=(qml6-module-qtsignin)
[[ $QTSIGNIN_EXPECT_TEST_KIT == ON ]] && packages+=(libqtsignin-test-dev)
built=$(cd "$work/deb" && ls -1 -- *.deb)
expected=$(for p in "${packages[@]}"; do echo "${p}_${version}_${arch}.deb"; done | sort)
[[ $(sort <<<"$built") == "$expected" ]] || fail "cpack made:"$'\n'"$built"$'\n'"expected:"$'\n'"$expected"

# check PACKAGE: then `has`/`lacks` REGEX against `dpkg-deb -c`, `depends`/
# `recommends` TEXT, `depends_not` REGEX (case-insensitive).
check() {
    package=$1
    deb=$work/deb/${package}_${version}_${arch}.deb
    [[ $(dpkg-deb -f "$deb" Package) == "$package" ]] || fail "$deb is not $package"
    listing=$(dpkg-deb -c "$deb")
    echo "$package: Depends: $(dpkg-deb -f "$deb" Depends)"
    echo "$package: Recommends: $(dpkg-deb -f "$deb" Recommends)"
}
has() { grep -qE -- "$1" <<<"$listing" || fail "$package lacks $1"; }
lacks() { ! grep -qE -- "$1" <<<"$listing" || fail "$package must not contain $1"; }
depends() { [[ $(dpkg-deb -f "$deb" Depends) == *"$1"* ]] || fail "$package does not depend on $1"; }
depends_not() {
    ! grep -qiE -- "$1" <<<"$(dpkg-deb -f "$deb" Depends)" || fail "$package must not depend on $1: $(dpkg-deb -f "$deb" Depends)"
}
recommends() { [[ $(dpkg-deb -f "$deb" Recommends) == *"$1"* ]] || fail "$package does not recommend $1"; }
shlibs() { dpkg-deb -I "$deb" shlibs 2>/dev/null || true; }
field() { [[ $(dpkg-deb -f "$deb" "$1") == "$2" ]] || fail "$package: $1 is '$(dpkg-deb -f "$deb" "$1")', not '$2'"; }

check "$core_package"
field Section libs
has " \./$libdir/libQtSignInCore\.so\.$version$"
has " \./$libdir/libQtSignInCore\.so\.$so -> libQtSignInCore\.so\.$version$"
lacks "libQtSignInCore\.so -> "
lacks "/include/"
# The embedded dialog and Qt WebEngine are in the WebEngine package only.
lacks "libQtSignInWebEngine"
lacks "libqtsignin_embedded"
depends_not webengine
shlibs | grep -qx "libQtSignInCore $so $core_package (>= $version)" \
    || fail "$core_package has no shlibs entry for libQtSignInCore"
! shlibs | grep -q "libQtSignInWebEngine" || fail "$core_package's shlibs names libQtSignInWebEngine"
if [[ $QTSIGNIN_EXPECT_SHLIBDEPS == ON ]]; then
    depends libqt6core6
    depends libqt6network6
    depends libcjose0
    depends libqt6keychain1
fi

if [[ $QTSIGNIN_EXPECT_WEBENGINE == ON ]]; then
    check "$webengine_package"
    field Section libs
    depends "$core_package (= $version)"
    has " \./$libdir/libQtSignInWebEngine\.so\.$version$"
    has " \./$libdir/libQtSignInWebEngine\.so\.$so -> libQtSignInWebEngine\.so\.$version$"
    # The plugin QtSignIn::EmbeddedUserAgentLoader loads.
    has " \./$plugindir/qtsignin/libqtsignin_embedded\.so$"
    lacks "libQtSignInWebEngine\.so -> "
    lacks "libQtSignInCore"
    lacks "/include/"
    shlibs | grep -qx "libQtSignInWebEngine $so $webengine_package (>= $version)" \
        || fail "$webengine_package has no shlibs entry for libQtSignInWebEngine"
    [[ $QTSIGNIN_EXPECT_SHLIBDEPS == ON ]] && depends libqt6webengine
    if [[ $QTSIGNIN_EXPECT_QUICK_WEBENGINE == ON ]]; then
        # The QML module QtSignIn.WebEngine, and the QML modules it imports
        # suggested (a dialog user needs none of them).
        has " \./$qmldir/QtSignIn/WebEngine/qmldir$"
        has " \./$qmldir/QtSignIn/WebEngine/libQtSignInQuickWebEngine\.so$"
        [[ $(dpkg-deb -f "$deb" Suggests) == *qml6-module-qtwebengine* ]] \
            || fail "$webengine_package does not suggest qml6-module-qtwebengine"
        [[ $QTSIGNIN_EXPECT_SHLIBDEPS == ON ]] && depends libqt6webenginequick
    fi
fi

if [[ $QTSIGNIN_EXPECT_QUICK == ON ]]; then
    # The QML module, where Debian's Qt looks for QML modules.
    check qml6-module-qtsignin
    field Section libs
    depends "$core_package (= $version)"
    has " \./$qmldir/QtSignIn/qmldir$"
    has " \./$qmldir/QtSignIn/QtSignIn\.qmltypes$"
    has " \./$qmldir/QtSignIn/libQtSignInQuick\.so$"
    lacks "libQtSignInCore"
    lacks "/include/"
    depends_not webengine
    [[ $QTSIGNIN_EXPECT_SHLIBDEPS == ON ]] && depends libqt6qml6
fi

check libqtsignin-dev
field Section libdevel
depends "$core_package (= $version)"
if [[ $QTSIGNIN_EXPECT_WEBENGINE == ON ]]; then
    # It ships QtSignIn::WebEngine's targets file and the .so link to it.
    depends "$webengine_package (= $version)"
    has " \./$libdir/libQtSignInWebEngine\.so -> libQtSignInWebEngine\.so\.$so$"
    has " \./$libdir/cmake/QtSignIn/QtSignInWebEngineTargets\.cmake$"
    lacks "libQtSignInWebEngine\.so\.$version$"
fi
has " \./usr/include/QtSignIn/SignInClient\.h$"
has " \./$libdir/cmake/QtSignIn/QtSignInConfig\.cmake$"
has " \./$libdir/cmake/QtSignIn/QtSignInConfigVersion\.cmake$"
has " \./$libdir/cmake/QtSignIn/QtSignInCoreTargets\.cmake$"
has " \./$libdir/pkgconfig/qtsignin-core\.pc$"
has " \./$libdir/libQtSignInCore\.so -> libQtSignInCore\.so\.$so$"
lacks "libQtSignInCore\.so\.$version$"

# The test kit, whole, in one -dev package (Packages.cmake says why); the
# other packages know nothing of it.
if [[ $QTSIGNIN_EXPECT_TEST_KIT == ON ]]; then
    check libqtsignin-test-dev
    field Section libdevel
    depends "$core_package (= $version)"
    depends "libqtsignin-dev (= $version)"
    has " \./$libdir/libQtSignInTest\.so\.$version$"
    has " \./$libdir/libQtSignInTest\.so -> libQtSignInTest\.so\.$so$"
    has " \./usr/include/QtSignIn/TestProvider\.h$"
    has " \./usr/include/QtSignIn/HeadlessUserAgent\.h$"
    has " \./$libdir/cmake/QtSignIn/QtSignInTestTargets\.cmake$"
    has " \./$libdir/pkgconfig/qtsignin-test\.pc$"
    lacks "libQtSignInCore"
    [[ $QTSIGNIN_EXPECT_SHLIBDEPS == ON ]] && depends libqt6httpserver6
    for other in "$core_package" libqtsignin-dev; do
        ! dpkg-deb -c "$work/deb/${other}_${version}_${arch}.deb" | grep -qE 'QtSignInTest|TestProvider' \
            || fail "$other contains part of the test kit"
    done
fi

check qtsignin
field Section net
depends "$core_package (= $version)"
has " \./usr/bin/qtsignin$"
# Its man page, gzip -9n as Debian Policy 12.1 asks, and its shell completion
# where bash-completion, zsh and fish look for a package's.
has " \./usr/$QTSIGNIN_MANDIR/man1/qtsignin\.1\.gz$"
has " \./usr/$QTSIGNIN_DATADIR/bash-completion/completions/qtsignin$"
has " \./usr/$QTSIGNIN_DATADIR/zsh/vendor-completions/_qtsignin$"
has " \./usr/$QTSIGNIN_DATADIR/fish/vendor_completions\.d/qtsignin\.fish$"
man_page=$(dpkg-deb --fsys-tarfile "$deb" | tar -xO "./usr/$QTSIGNIN_MANDIR/man1/qtsignin.1.gz" | gzip -dc)
grep -q '^\.TH QTSIGNIN 1 ' <<<"$man_page" || fail "$package: qtsignin.1.gz is not the man page"
[[ $QTSIGNIN_EXPECT_SHLIBDEPS == ON ]] && depends libqt6widgets6
# It loads libQtSignInWebEngine only for in-app sign-in: recommended, never a Depends.
depends_not webengine
[[ $QTSIGNIN_EXPECT_WEBENGINE == ON ]] && recommends "$webengine_package (= $version)"

if [[ $QTSIGNIN_EXPECT_DEMO == ON ]]; then
    check qtsignin-demo
    depends "$core_package (= $version)"
    depends_not webengine
    [[ $QTSIGNIN_EXPECT_WEBENGINE == ON ]] && recommends "$webengine_package (= $version)"
    has " \./usr/bin/qtsignin-demo$"
    has " \./usr/share/applications/io\.github\.qtsignin\.Demo\.desktop$"
    has " \./usr/share/metainfo/io\.github\.qtsignin\.Demo\.metainfo\.xml$"
    has " \./usr/share/icons/hicolor/scalable/apps/io\.github\.qtsignin\.Demo\.svg$"
fi

step "cpack -G TGZ"
"$CPACK_COMMAND" -G TGZ -B "$work/tgz" >"$work/tgz.log" 2>&1 || { cat "$work/tgz.log"; fail "cpack -G TGZ"; }
tarball=$(ls "$work"/tgz/*.tar.gz)
listing=$(tar -tzf "$tarball")
package=$(basename "$tarball")
top=$(head -1 <<<"$listing" | cut -d/ -f1)
for path in "bin/qtsignin" "$QTSIGNIN_MANDIR/man1/qtsignin.1.gz" "$QTSIGNIN_DATADIR/bash-completion/completions/qtsignin" \
            "$QTSIGNIN_LIBDIR/libQtSignInCore.so.$so" "include/QtSignIn/SignInClient.h" \
            "$QTSIGNIN_LIBDIR/cmake/QtSignIn/QtSignInConfig.cmake" "$QTSIGNIN_LIBDIR/pkgconfig/qtsignin-core.pc"; do
    grep -qx -- "$top/$path" <<<"$listing" || fail "$package lacks $path"
done
[[ $QTSIGNIN_EXPECT_DEMO == ON ]] && { grep -qx -- "$top/bin/qtsignin-demo" <<<"$listing" || fail "$package lacks bin/qtsignin-demo"; }
if [[ $QTSIGNIN_EXPECT_WEBENGINE == ON ]]; then
    for path in "$QTSIGNIN_LIBDIR/libQtSignInWebEngine.so.$so" "$QTSIGNIN_LIBDIR/cmake/QtSignIn/QtSignInWebEngineTargets.cmake" \
                "$QTSIGNIN_PLUGINDIR/qtsignin/libqtsignin_embedded.so"; do
        grep -qx -- "$top/$path" <<<"$listing" || fail "$package lacks $path"
    done
fi
if [[ $QTSIGNIN_EXPECT_QUICK == ON ]]; then
    for path in "$QTSIGNIN_QMLDIR/QtSignIn/qmldir" "$QTSIGNIN_QMLDIR/QtSignIn/libQtSignInQuick.so"; do
        grep -qx -- "$top/$path" <<<"$listing" || fail "$package lacks $path"
    done
fi
echo "$package: $(wc -l <<<"$listing") entries"

echo "package.cpack_deb: all checks passed"
