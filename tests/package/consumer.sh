#!/usr/bin/env bash
# package.consumer: installs the finished build into a fresh prefix, checks
# the layout, then builds and runs an application against that prefix only,
# once through find_package(QtSignIn) and once through pkg-config.
#
# Usage: consumer.sh CONSUMER_SOURCE_DIR WORK_DIR, with the QTSIGNIN_* and
# tool variables that tests/package/CMakeLists.txt sets.
set -euo pipefail

consumer_source=$1
work=$2
prefix=$work/prefix
libdir=$prefix/$QTSIGNIN_LIBDIR
plugindir=$prefix/$QTSIGNIN_PLUGINDIR
qmldir=$prefix/$QTSIGNIN_QMLDIR
includedir=$prefix/$QTSIGNIN_INCLUDEDIR
bindir=$prefix/$QTSIGNIN_BINDIR
datadir=$prefix/$QTSIGNIN_DATADIR
cmakedir=$libdir/cmake/QtSignIn

# Nothing from the developer's environment may help the application find us.
unset LD_LIBRARY_PATH PKG_CONFIG_PATH CMAKE_PREFIX_PATH QtSignIn_DIR QT_PLUGIN_PATH QTSIGNIN_PLUGIN_PATH QML_IMPORT_PATH QML2_IMPORT_PATH
rm -rf "$work"
mkdir -p "$work"

step() { echo "==> $*"; }
fail() { echo "FAIL: $*" >&2; exit 1; }
expect_file() { [[ -f $1 ]] || fail "not installed: ${1#"$prefix"/}"; }
expect_link() { [[ -L $1 ]] || fail "not a symbolic link: ${1#"$prefix"/}"; }

step "cmake --install (every component) into $prefix"
"$CMAKE_COMMAND" --install "$QTSIGNIN_BUILD_DIR" --prefix "$prefix" >"$work/install.log" \
    || { cat "$work/install.log"; fail "cmake --install"; }

step "Layout"
version=$QTSIGNIN_VERSION
so=$QTSIGNIN_SOVERSION
libraries=(QtSignInCore)
[[ $QTSIGNIN_EXPECT_WEBENGINE == ON ]] && libraries+=(QtSignInWebEngine)
[[ $QTSIGNIN_EXPECT_TEST_KIT == ON ]] && libraries+=(QtSignInTest)
for library in "${libraries[@]}"; do
    expect_file "$libdir/lib$library.so.$version"
    expect_link "$libdir/lib$library.so.$so"
    expect_link "$libdir/lib$library.so"
    soname=$(readelf -d "$libdir/lib$library.so.$version" | sed -n 's/.*Library soname: \[\(.*\)\]/\1/p')
    [[ $soname == "lib$library.so.$so" ]] || fail "lib$library SONAME is '$soname', not lib$library.so.$so"
    echo "lib$library.so.$version: SONAME $soname"
done
expect_file "$bindir/qtsignin"
# Its man page and shell completion, where man(1) and the shells look.
expect_file "$prefix/$QTSIGNIN_MANDIR/man1/qtsignin.1.gz"
expect_file "$datadir/bash-completion/completions/qtsignin"
expect_file "$datadir/zsh/vendor-completions/_qtsignin"
expect_file "$datadir/fish/vendor_completions.d/qtsignin.fish"
[[ $(MANPATH=$prefix/$QTSIGNIN_MANDIR man -w qtsignin) -ef $prefix/$QTSIGNIN_MANDIR/man1/qtsignin.1.gz ]] \
    || fail "man -w qtsignin does not find the installed page"
expect_file "$includedir/QtSignIn/SignInClient.h"
expect_file "$includedir/QtSignIn/qtsignin_global.h"
expect_file "$cmakedir/QtSignInConfig.cmake"
expect_file "$cmakedir/QtSignInConfigVersion.cmake"
expect_file "$cmakedir/QtSignInCoreTargets.cmake"
expect_file "$libdir/pkgconfig/qtsignin-core.pc"
if [[ $QTSIGNIN_EXPECT_WEBENGINE == ON ]]; then
    expect_file "$includedir/QtSignIn/EmbeddedUserAgent.h"
    expect_file "$cmakedir/QtSignInWebEngineTargets.cmake"
    expect_file "$libdir/pkgconfig/qtsignin-webengine.pc"
    expect_file "$plugindir/qtsignin/libqtsignin_embedded.so"
fi
if [[ $QTSIGNIN_EXPECT_QUICK == ON ]]; then
    expect_file "$qmldir/QtSignIn/qmldir"
    expect_file "$qmldir/QtSignIn/QtSignIn.qmltypes"
    expect_file "$qmldir/QtSignIn/libQtSignInQuick.so"
fi
if [[ $QTSIGNIN_EXPECT_TEST_KIT == ON ]]; then
    expect_file "$includedir/QtSignIn/TestProvider.h"
    expect_file "$includedir/QtSignIn/HeadlessUserAgent.h"
    expect_file "$cmakedir/QtSignInTestTargets.cmake"
    expect_file "$libdir/pkgconfig/qtsignin-test.pc"
fi
if [[ $QTSIGNIN_EXPECT_DEMO == ON ]]; then
    expect_file "$bindir/qtsignin-demo"
    expect_file "$datadir/applications/io.github.qtsignin.Demo.desktop"
    expect_file "$datadir/metainfo/io.github.qtsignin.Demo.metainfo.xml"
    expect_file "$datadir/icons/hicolor/scalable/apps/io.github.qtsignin.Demo.svg"
fi
# Every installed header is one the source tree lists as public.
for header in "$includedir"/QtSignIn/*.h; do
    name=$(basename "$header")
    [[ -f $QTSIGNIN_SOURCE_DIR/lib/core/include/QtSignIn/$name || -f $QTSIGNIN_SOURCE_DIR/lib/webengine/include/QtSignIn/$name \
       || -f $QTSIGNIN_SOURCE_DIR/lib/test/include/QtSignIn/$name ]] \
        || fail "installed header $name is not a public header"
done

# The exported targets name only Qt and our own targets: cjose and QtKeychain
# are private to the shared library, and nothing points into the build.
# The header file set lists KeychainTokenStore.h, which is ours.
targets=$(cat "$cmakedir"/QtSignIn*Targets*.cmake | sed 's#/QtSignIn/KeychainTokenStore\.h"#/QtSignIn/<header>"#g')
for word in CJOSE cjose Keychain QtSignInCoreObjects "$QTSIGNIN_BUILD_DIR" "$QTSIGNIN_SOURCE_DIR"; do
    ! grep -qF -- "$word" <<<"$targets" || fail "the exported targets mention $word"
done
grep -q 'add_library(QtSignIn::Core SHARED IMPORTED)' <<<"$targets" || fail "QtSignIn::Core is not exported"
# The include folder outside the header file set too, for consumers with
# CMake older than 3.23 (which skip the exported file set).
grep -qF 'INTERFACE_INCLUDE_DIRECTORIES "${_IMPORT_PREFIX}/include"' <<<"$targets" \
    || fail "the exported targets do not name the include folder outside the file set"

step "The installed qtsignin runs from the prefix (RUNPATH)"
"$bindir/qtsignin" --version

step "find_package(QtSignIn) with CMAKE_PREFIX_PATH=$prefix"
"$CMAKE_COMMAND" -S "$consumer_source" -B "$work/build" -G "$CMAKE_GENERATOR" \
    -DCMAKE_MAKE_PROGRAM="$CMAKE_MAKE_PROGRAM" -DCMAKE_CXX_COMPILER="$CXX" -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_PREFIX_PATH="$prefix" \
    -DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF -DCMAKE_FIND_USE_SYSTEM_PACKAGE_REGISTRY=OFF \
    >"$work/configure.log" 2>&1 || { cat "$work/configure.log"; fail "configuring the consumer"; }
grep 'QtSignIn .* in ' "$work/configure.log"
found_dir=$(sed -n 's/^QtSignIn_DIR:PATH=//p' "$work/build/CMakeCache.txt")
[[ $found_dir -ef $cmakedir ]] || fail "found QtSignIn in $found_dir, not in $cmakedir"
if [[ $QTSIGNIN_EXPECT_WEBENGINE == ON ]]; then
    grep -q 'WebEngine: TRUE' "$work/configure.log" || fail "the WebEngine component was not found"
fi
"$CMAKE_COMMAND" --build "$work/build" -j2 >"$work/build.log" 2>&1 \
    || { cat "$work/build.log"; fail "building the consumer"; }

# Run without LD_LIBRARY_PATH: CMake put the prefix's library folder in the
# consumer's RUNPATH, from the imported target's location.
readelf -d "$work/build/consumer" | grep -E 'RUNPATH|RPATH'
loaded=$(LD_TRACE_LOADED_OBJECTS=1 "$work/build/consumer" | grep "libQtSignInCore.so.$so")
[[ $loaded == *"=> $libdir/libQtSignInCore.so.$so "* ]] || fail "the consumer loads $loaded"
output=$("$work/build/consumer")
echo "$output"
[[ $output == "consumer ok:"* ]] || fail "the consumer said: $output"
if [[ $QTSIGNIN_EXPECT_WEBENGINE == ON ]]; then
    "$work/build/consumer_webengine"
fi
if [[ $QTSIGNIN_EXPECT_TEST_KIT == ON ]]; then
    grep -q 'Test: TRUE' "$work/configure.log" || fail "the Test component was not found"
    step "A test suite of the application's signs in through QtSignIn::Test (consumer_test_kit)"
    output=$("$work/build/consumer_test_kit" 2>&1) || { echo "$output"; fail "consumer_test_kit"; }
    echo "$output" | tail -n 3
fi

if [[ $QTSIGNIN_EXPECT_QUICK == ON ]]; then
    step "import QtSignIn from the prefix (consumer_quick)"
    grep -q 'Quick: TRUE' "$work/configure.log" || fail "the Quick component was not found"
    output=$("$work/build/consumer_quick") || fail "consumer_quick: $output"
    echo "$output"
    # The plugin and the library it needs (through its RUNPATH), both from
    # the prefix: nothing from the build tree.
    for file in "$qmldir/QtSignIn/libQtSignInQuick.so" "$libdir/libQtSignInCore.so.$version"; do
        grep -qxF "mapped: $(realpath "$file")" <<<"$output" || fail "consumer_quick did not load $file"
    done
    while read -r line; do
        [[ $line == "mapped: $(realpath "$prefix")/"* ]] || fail "consumer_quick loaded ${line#mapped: }, outside the prefix"
    done < <(grep '^mapped: ' <<<"$output")
fi

step "The embedded user agent through QtSignIn::Core's loader (consumer_loader)"
# Offscreen: no display needed. Qt WebEngine is loaded, not started.
export QT_QPA_PLATFORM=offscreen
if [[ $QTSIGNIN_EXPECT_WEBENGINE == ON ]]; then
    output=$("$work/build/consumer_loader" expect-agent) || fail "consumer_loader: $output"
    echo "$output"
    # The plugin beside the installed library, and the library it needs, both
    # from the prefix: nothing from the build tree.
    for file in "$plugindir/qtsignin/libqtsignin_embedded.so" "$libdir/libQtSignInWebEngine.so.$version" \
                "$libdir/libQtSignInCore.so.$version"; do
        grep -qxF "mapped: $(realpath "$file")" <<<"$output" || fail "consumer_loader did not load $file"
    done
    while read -r line; do
        [[ $line == "mapped: $(realpath "$prefix")/"* ]] || fail "consumer_loader loaded ${line#mapped: }, outside the prefix"
    done < <(grep '^mapped: ' <<<"$output")
else
    "$work/build/consumer_loader" expect-unavailable || fail "consumer_loader"
fi
unset QT_QPA_PLATFORM

step "pkg-config with PKG_CONFIG_PATH=$libdir/pkgconfig"
export PKG_CONFIG_PATH=$libdir/pkgconfig
modules=(qtsignin-core)
[[ $QTSIGNIN_EXPECT_WEBENGINE == ON ]] && modules+=(qtsignin-webengine)
[[ $QTSIGNIN_EXPECT_TEST_KIT == ON ]] && modules+=(qtsignin-test)
for module in "${modules[@]}"; do
    pkg-config --validate "$module" || fail "$module.pc is not valid"
    [[ $(pkg-config --modversion "$module") == "$version" ]] || fail "$module has version $(pkg-config --modversion "$module")"
    pkg-config --cflags --libs "$module" >/dev/null || fail "pkg-config cannot resolve $module"
done
pc_libdir=$(pkg-config --variable=libdir qtsignin-core)
[[ $pc_libdir -ef $libdir ]] || fail "qtsignin-core.pc says libdir=$pc_libdir"
flags=$(pkg-config --cflags --libs qtsignin-core)
echo "pkg-config --cflags --libs qtsignin-core: $flags"
# shellcheck disable=SC2086 # the flags are words
"$CXX" -std=c++17 -fPIC "$consumer_source/main.cpp" -o "$work/consumer-pkgconfig" $flags -Wl,-rpath,"$pc_libdir"
output=$("$work/consumer-pkgconfig")
echo "$output"
[[ $output == "consumer ok:"* ]] || fail "the pkg-config consumer said: $output"

echo "package.consumer: all checks passed"
