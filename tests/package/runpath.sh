#!/usr/bin/env bash
# package.runpath: no program or shared library of the build has a RUNPATH
# (or RPATH) entry that is empty or relative. The dynamic linker reads an
# empty entry, and a relative one, against the current directory, so a
# program started in a folder someone else can write to would load that
# folder's libraries. Entries must be absolute or start with $ORIGIN.
#
# Usage: runpath.sh FILE_LIST, a file naming one ELF file a line (every
# executable and shared library target; tests/package/CMakeLists.txt).
set -euo pipefail

checked=0
bad=0
while IFS= read -r file; do
    [[ -n $file ]] || continue
    [[ -f $file ]] || { echo "FAIL: $file is missing: build first" >&2; bad=$((bad + 1)); continue; }
    runpath=$(readelf -d "$file" | sed -n 's/.*(\(RUNPATH\|RPATH\)).*\[\(.*\)\]$/\2/p')
    checked=$((checked + 1))
    [[ -n $runpath ]] || continue
    problems=()
    # The '.' keeps a trailing empty entry when splitting on ':'.
    IFS=: read -r -a entries <<<"$runpath:."
    unset 'entries[${#entries[@]}-1]'
    for entry in "${entries[@]}"; do
        if [[ -z $entry ]]; then
            problems+=("an empty entry")
        elif [[ $entry != /* && $entry != '$ORIGIN'* && $entry != '${ORIGIN}'* ]]; then
            problems+=("relative entry '$entry'")
        fi
    done
    if ((${#problems[@]})); then
        echo "FAIL: $file: RUNPATH [$runpath] has ${problems[0]}" >&2
        bad=$((bad + 1))
    fi
done <"$1"
((checked > 0)) || { echo "FAIL: no files listed in $1" >&2; exit 1; }
((bad == 0)) || exit 1
echo "package.runpath: $checked programs and libraries, no empty or relative RUNPATH entries"
