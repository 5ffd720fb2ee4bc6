#!/usr/bin/env bash
# What embedded sign-in costs: start-up time and memory of the core-only
# qtsignin against an app that loads QtSignIn::WebEngine, printed as a
# markdown table. A benchmark to read, not a test: nothing here fails on a
# number. Needs a build (BUILD_DIR, default build/) and the local provider's
# npm packages.
#
#   scripts/bench-embedded.sh [RUNS]     (default 5 runs each; the median is shown)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${BUILD_DIR:-$root/build}
runs=${1:-5}
cli=$build/app/cli/qtsignin
embedded=$build/tests/bench/bench_embedded_first_page
for program in "$cli" "$embedded"; do
    [[ -x $program ]] || { echo "bench-embedded.sh: $program is missing; build first" >&2; exit 1; }
done

scratch=$(mktemp -d)
trap '"$root/tests/provider/stop.sh" "$scratch/provider" >/dev/null 2>&1 || true; rm -rf "$scratch"' EXIT
issuer=$("$root/tests/provider/start.sh" "$scratch/provider")

export QT_QPA_PLATFORM=offscreen QTWEBENGINE_CHROMIUM_FLAGS="--disable-gpu --no-sandbox"
export XDG_CACHE_HOME=$scratch/cache XDG_DATA_HOME=$scratch/data XDG_RUNTIME_DIR=$scratch/runtime
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
# Chromium will not start as root with its sandbox; only then, as in the tests.
[[ $(id -u) == 0 ]] && export QTWEBENGINE_DISABLE_SANDBOX=1

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# measure LABEL COMMAND...: wall time and peak RSS of the main process
# (GNU time), median over the runs.
measure() {
    local label=$1; shift
    : >"$scratch/times"
    for _ in $(seq "$runs"); do
        /usr/bin/time -f '%e %M' -o "$scratch/one" "$@" >"$scratch/out" 2>/dev/null || true
        tail -n 1 "$scratch/one" >>"$scratch/times"
    done
    local seconds rss
    seconds=$(cut -d' ' -f1 "$scratch/times" | median)
    rss=$(cut -d' ' -f2 "$scratch/times" | median)
    printf '| %s | %s s | %d MB |' "$label" "$seconds" $((rss / 1024))
}

login=(login --authority "$issuer" --client-id qtsignin-demo --json)
echo "Medians of $runs runs, offscreen, $(nproc) cores."
echo
echo "| Program | Wall time | Peak RSS (main process) | PSS at first page (main + renderer) |"
echo "|---|---|---|---|"
echo "$(measure 'qtsignin --version (core only)' "$cli" --version) – |"
echo "$(measure 'qtsignin login --mode browser, to the browser launch (core only)' \
    "$cli" "${login[@]}" --browser-command /nonexistent/browser) – |"
echo "$(measure 'qtsignin login --mode embedded, loaded at run time, 3 s on the page' \
    "$cli" "${login[@]}" --mode embedded --timeout 3) – |"
pss=()
row=$(measure 'app linking QtSignIn::WebEngine, to the first provider page' "$embedded" "$issuer")
while read -r line; do
    main=$(sed -n 's/.*pss_main_kb=\([0-9]*\).*/\1/p' <<<"$line")
    renderer=$(sed -n 's/.*pss_renderer_kb=\([0-9]*\).*/\1/p' <<<"$line")
    first=$(sed -n 's/.*first_page_ms=\([0-9]*\).*/\1/p' <<<"$line")
    pss+=("$(( (main + renderer) / 1024 )) MB ($((main / 1024)) + $((renderer / 1024))), first page at ${first} ms")
done <"$scratch/out"
echo "$row ${pss[0]:-?} |"
