#!/usr/bin/env bash
# package.quick_webengine_module: installs the runtime and webengine
# components into a fresh prefix and has a Qt Quick program (Qt only) import
# QtSignIn.WebEngine from there: the module's layout, qmldir and RUNPATH.
#
# Usage: quick_webengine.sh PROBE WORK_DIR, with QTSIGNIN_BUILD_DIR,
# QTSIGNIN_LIBDIR and CMAKE_COMMAND set (tests/package/CMakeLists.txt).
set -euo pipefail

probe=$1
work=$2
prefix=$work/prefix
unset LD_LIBRARY_PATH QML_IMPORT_PATH QML2_IMPORT_PATH QT_PLUGIN_PATH
rm -rf "$work"
mkdir -p "$work"

for component in runtime webengine; do
    "$CMAKE_COMMAND" --install "$QTSIGNIN_BUILD_DIR" --prefix "$prefix" --component "$component" >>"$work/install.log" \
        || { cat "$work/install.log"; echo "FAIL: cmake --install --component $component" >&2; exit 1; }
done
moduledir=$prefix/$QTSIGNIN_LIBDIR/qt6/qml/QtSignIn/WebEngine
for file in qmldir QtSignInWebEngine.qmltypes libQtSignInQuickWebEngine.so; do
    [[ -f $moduledir/$file ]] || { echo "FAIL: not installed: ${moduledir#"$prefix"/}/$file" >&2; exit 1; }
done
QT_QPA_PLATFORM=offscreen "$probe" "$prefix/$QTSIGNIN_LIBDIR/qt6/qml" "$prefix"
