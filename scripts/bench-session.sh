#!/usr/bin/env bash
# What staying signed in costs: the silent cache hit in process
# (acquireTokenSilent served from memory), and `qtsignin token` served from the
# keychain in a new process against a bare `qtsignin --version`, and a silent
# refresh against the local provider. Prints a markdown table. A benchmark to
# read, not a test: nothing here fails on a number. Needs a build (BUILD_DIR,
# default build/) and the local provider's npm packages.
#
#   scripts/bench-session.sh [RUNS]     (default 21 runs per process row; medians)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${BUILD_DIR:-$root/build}
runs=${1:-21}
cli=$build/app/cli/qtsignin
hit=$build/tests/bench/bench_silent_cache_hit
for program in "$cli" "$hit"; do
    [[ -x $program ]] || { echo "bench-session.sh: $program is missing; build first" >&2; exit 1; }
done

scratch=$(mktemp -d)
cleanup() {
    "$root/tests/provider/stop.sh" "$scratch/provider" >/dev/null 2>&1 || true
    "$root/tests/keyring/stop.sh" "$scratch/keyring" >/dev/null 2>&1 || true
    rm -rf "$scratch"
}
trap cleanup EXIT
issuer=$("$root/tests/provider/start.sh" "$scratch/provider")
"$root/tests/keyring/start.sh" "$scratch/keyring" >/dev/null
DBUS_SESSION_BUS_ADDRESS=$(sed -n 's/^DBUS_SESSION_BUS_ADDRESS=//p' "$scratch/keyring/env")
export DBUS_SESSION_BUS_ADDRESS XDG_CACHE_HOME=$scratch/cache
unset BROWSER

session=(--authority "$issuer" --client-id qtsignin-demo --app-name bench)
"$cli" login "${session[@]}" --scope profile --scope offline_access \
    --browser-command "node $root/tests/browser/signin.mjs" >/dev/null 2>&1

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
# Wall time of one run of a command, in milliseconds.
time_ms() {
    local start end
    start=$(date +%s%N)
    # A failed run is no measurement: stop (pipefail carries it out of series).
    "$@" >/dev/null 2>&1 || { echo "bench-session.sh: failed: $*" >&2; exit 1; }
    end=$(date +%s%N)
    echo $(((end - start) / 1000))e-3 | awk '{ printf "%.1f\n", $1 }'
}
series() { for _ in $(seq "$runs"); do time_ms "$@"; done | median; }

"$cli" --version >/dev/null # warm the page cache
version=$(series "$cli" --version)
token=$(series "$cli" token "${session[@]}")
accounts=$(series "$cli" accounts "${session[@]}")
refresh=$(series "$cli" token "${session[@]}" --force-refresh)
in_process=$("$hit")
median_us=$(sed -E 's/.*"median_us":([0-9.]+).*/\1/' <<<"$in_process")
p99_us=$(sed -E 's/.*"p99_us":([0-9.]+).*/\1/' <<<"$in_process")

echo "QtSignIn staying signed in, $(date -u +%Y-%m-%d), $(nproc) cores, $(uname -sr), median of $runs runs"
echo
echo "| What | Median | Target |"
echo "|---|---|---|"
echo "| acquireTokenSilent, cache hit, in process (20000 calls) | ${median_us} µs (p99 ${p99_us} µs) | ≤ 10 µs |"
echo "| \`qtsignin --version\` (process start, nothing else) | ${version} ms | |"
echo "| \`qtsignin token\` from the keychain (new process) | ${token} ms ($(awk -v a="$token" -v b="$version" 'BEGIN { printf "%.2f", a / b }')× --version) | ≤ 2× --version |"
echo "| \`qtsignin accounts\` (new process, keychain read) | ${accounts} ms | |"
echo "| \`qtsignin token --force-refresh\` (keychain, refresh at the local provider, keychain write) | ${refresh} ms | |"
