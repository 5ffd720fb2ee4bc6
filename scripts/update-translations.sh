#!/usr/bin/env bash
# Brings translations/*.ts up to date with the sources (Qt Linguist's
# lupdate): new strings appear there unfinished, for a translator to fill in
# with Qt Linguist; the build compiles the .ts files to .qm with lrelease.
#
#   scripts/update-translations.sh
#
# Two catalogues: qtsignin (the library: lib/) and qtsignin_demo (app/demo).
# English is the source language; its .ts files hold only plural forms.
# Translations written outside Qt Linguist: scripts/fill-translations.py.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
cd "$root"
for catalogue in "qtsignin:lib" "qtsignin_demo:app/demo"; do
    name=${catalogue%%:*}
    sources=${catalogue#*:}
    "$lupdate" -silent -locations relative -no-obsolete "$sources" \
        -ts "translations/${name}_de.ts" "translations/${name}_fr.ts"
    "$lupdate" -silent -locations relative -no-obsolete -pluralonly "$sources" -ts "translations/${name}_en.ts"
done
