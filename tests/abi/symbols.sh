#!/usr/bin/env bash
# The exported symbols of QtSignIn's shared libraries against the Debian
# symbols files in packaging/debian (dpkg-gensymbols, from dpkg-dev).
#
#   symbols.sh check  BUILD_DIR   fails, with a diff, when a symbol appeared or disappeared
#   symbols.sh update BUILD_DIR   rewrites the symbols files from the build (scripts/update-symbols.sh)
#
# Symbols are written demangled, with dpkg-gensymbols' (c++) tag. Symbols
# outside QtSignIn (template instantiations of the standard library and Qt
# that the compiler happened to emit and export) are (optional): they may
# disappear with another compiler or optimisation level, but a new one
# still fails the check, as it also becomes part of the ABI.
set -euo pipefail

mode=$1
build_dir=$(cd "$2" && pwd)
source_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
symbols_dir=$source_dir/packaging/debian

version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build_dir/CMakeCache.txt")
[[ -n $version ]] || { echo "symbols.sh: no project version in $build_dir/CMakeCache.txt" >&2; exit 1; }

# Each library's Debian package, named after the SONAME (QTSIGNIN_SOVERSION
# in the top-level CMakeLists.txt), as tests/abi/CMakeLists.txt wrote them.
libraries=(QtSignInCore QtSignInWebEngine QtSignInTest)
package_of() {
    local package
    package=$(sed -n "s/^$1=//p" "$build_dir/tests/abi/packages.txt" 2>/dev/null || true)
    [[ -n $package ]] || { echo "symbols.sh: no package for lib$1 in $build_dir/tests/abi/packages.txt: configure first" >&2; exit 1; }
    echo "$package"
}

# dpkg-gensymbols writes new symbols mangled; give them the (c++) tag, and
# (optional) for those outside QtSignIn.
demangle_new_symbols() {
    local line name rest demangled tags
    while IFS= read -r line; do
        if [[ $line =~ ^\ (_Z[^@]*)(@[^ ]*\ .*)$ ]]; then
            name=${BASH_REMATCH[1]}
            rest=${BASH_REMATCH[2]}
            demangled=$(c++filt "$name")
            tags=c++
            [[ $demangled == *QtSignIn::* ]] || tags="c++|optional"
            printf ' (%s)"%s%s" %s\n' "$tags" "$demangled" "${rest%% *}" "${rest#* }"
        else
            printf '%s\n' "$line"
        fi
    done
}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# dpkg-gensymbols reads debian/ of the current directory when there is one.
cd "$work"
status=0
checked=0
for library in "${libraries[@]}"; do
    package=$(package_of "$library")
    # Written by tests/abi/CMakeLists.txt: the targets' own files.
    file=$(sed -n "s/^$library=//p" "$build_dir/tests/abi/libraries.txt" 2>/dev/null || true)
    symbols=$symbols_dir/$package.symbols
    if [[ -z $file ]]; then
        [[ $library == QtSignInCore ]] || continue   # WebEngine and Test are optional
        echo "symbols.sh: lib$library not listed in $build_dir/tests/abi/libraries.txt: configure and build first" >&2
        exit 1
    fi
    checked=$((checked + 1))
    basis=()
    [[ -f $symbols ]] && basis=(-I"$symbols")
    case $mode in
    check)
        [[ -f $symbols ]] || { echo "FAIL: $symbols is missing: run scripts/update-symbols.sh" >&2; status=1; continue; }
        # The first line names the library's SONAME and the package that
        # dependents then depend on: dpkg-gensymbols compares only the former.
        soname=$(readelf -d "$file" | sed -n 's/.*Library soname: \[\(.*\)\]/\1/p')
        header="$soname $package #MINVER#"
        if [[ $(head -n 1 "$symbols") != "$header" ]]; then
            echo "FAIL: packaging/debian/$package.symbols begins '$(head -n 1 "$symbols")', not '$header'" >&2
            status=1
        fi
        # -c4: fail on any symbol or library that appeared or disappeared.
        # A version above the file's: dpkg-gensymbols forgets, silently, a
        # symbol that disappears in the version that introduced it.
        if ! dpkg-gensymbols -c4 -v"$version+abicheck" -p"$package" -e"$file" "${basis[@]}" -O"$work/$package.symbols" \
                >"$work/$package.diff" 2>&1; then
            echo "FAIL: the symbols exported by lib$library differ from packaging/debian/$package.symbols" >&2
            echo "('+' appeared, '-' disappeared; scripts/update-symbols.sh accepts an intended change):" >&2
            c++filt <"$work/$package.diff" >&2
            status=1
        else
            echo "lib$library: $(grep -c '^ ' "$symbols") symbols as in packaging/debian/$package.symbols"
        fi
        ;;
    update)
        # As in check: with the file's own version, dpkg-gensymbols would keep
        # a symbol that is gone. Above it, a gone symbol is marked #MISSING
        # (dropped here) and a new one gets that version (made ours again).
        dpkg-gensymbols -q -v"$version+update" -p"$package" -e"$file" "${basis[@]}" -O"$work/$package.symbols" >/dev/null 2>&1 || true
        sed -e '/^#MISSING: /d' -e "s/ $version+update\$/ $version/" "$work/$package.symbols" \
            | demangle_new_symbols >"$symbols"
        echo "wrote packaging/debian/$package.symbols ($(grep -c '^ ' "$symbols") symbols)"
        ;;
    *)
        echo "usage: symbols.sh check|update BUILD_DIR" >&2
        exit 2
        ;;
    esac
done
# A symbols file of another SONAME, left behind by a bump, is checked by
# nothing and would mislead: a bump renames them (git mv libqtsignin0.symbols
# libqtsignin1.symbols, then scripts/update-symbols.sh).
expected="$(package_of QtSignInCore).symbols $(package_of QtSignInWebEngine).symbols $(package_of QtSignInTest).symbols"
for symbols in "$symbols_dir"/*.symbols; do
    [[ -e $symbols && " $expected " != *" ${symbols##*/} "* ]] || continue
    if [[ $mode == check ]]; then
        echo "FAIL: packaging/debian/${symbols##*/} is of another SONAME (this build's: $expected): rename or remove it" >&2
        status=1
    else
        echo "note: packaging/debian/${symbols##*/} is of another SONAME (this build's: $expected): git rm it" >&2
    fi
done
exit $status
