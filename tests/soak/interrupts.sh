#!/usr/bin/env bash
# Interrupts `qtsignin token --force-refresh` at random moments against the
# local provider, which rotates refresh tokens and revokes the grant when a
# used one comes back: a rotated token lost with the process shows as a
# failed refresh on the next run. Prints what was tried and what was lost.
#
#   tests/soak/interrupts.sh BUILD_DIR [RUNS_PER_SIGNAL] [CACHE]
#
# Starts its own provider and keyring (tests/provider, tests/keyring) in a
# temporary folder and stops them at the end. Not part of ctest: the
# deterministic cases are e2e.cli_session.interrupted*.
set -euo pipefail
# Job control, so that background jobs do not start with SIGINT ignored.
set -m
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
build=$(cd "${1:?usage: interrupts.sh BUILD_DIR [RUNS_PER_SIGNAL] [CACHE]}" && pwd)
runs=${2:-25}
cache=${3:-keychain}
state=$(mktemp -d)
source "$root/scripts/node-path.sh"
trap '"$root/tests/provider/stop.sh" "$state/provider" >/dev/null 2>&1 || true; "$root/tests/keyring/stop.sh" "$state/keyring" >/dev/null 2>&1 || true; rm -rf "$state"' EXIT
"$root/tests/provider/start.sh" "$state/provider" >/dev/null
"$root/tests/keyring/start.sh" "$state/keyring" >/dev/null
issuer=$(cat "$state/provider/issuer")
set -a; . "$state/keyring/env"; set +a
[[ $cache == keychain ]] || cache="file:$state/cache.json"
cli=("$build/bin/qtsignin")
common=(--authority "$issuer" --client-id qtsignin-demo --app-name soak --cache "$cache")
login() {
    "${cli[@]}" login "${common[@]}" --scope profile --scope offline_access --json \
        --browser-command "node $root/tests/browser/signin.mjs" >/dev/null 2>"$state/login.err" || { echo "login failed:"; cat "$state/login.err"; return 1; }
}
login
lost=0; tried=0; declare -A codes
for signal in INT TERM; do
    for ((i = 0; i < runs; i++)); do
        "${cli[@]}" token "${common[@]}" --force-refresh >/dev/null 2>&1 &
        pid=$!
        # A random moment in the first 60 ms: start-up, keychain read, refresh, write.
        sleep "0.0$(printf '%02d' $((RANDOM % 60)))"
        kill -s "$signal" "$pid" 2>/dev/null || true
        code=0; wait "$pid" || code=$?
        codes["$signal:$code"]=$(( ${codes["$signal:$code"]:-0} + 1 ))
        tried=$((tried + 1))
        if ! "${cli[@]}" token "${common[@]}" --force-refresh >/dev/null 2>&1; then
            lost=$((lost + 1))
            login || { sleep 61; login; } # a lock the lost process left may need its 60 s
        fi
    done
done
echo "interrupts: $tried ($runs SIGINT, $runs SIGTERM), cache $cache; sessions lost: $lost"
for key in "${!codes[@]}"; do echo "  SIG$key: ${codes[$key]}"; done | sort
