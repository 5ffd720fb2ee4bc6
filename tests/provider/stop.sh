#!/usr/bin/env bash
# Stops the local OpenID provider started by start.sh with the same state directory.
set -uo pipefail
state_dir=${1:-${TMPDIR:-/tmp}/qtsignin-provider}
pid_file=$state_dir/provider.pid
[[ -f $pid_file ]] || exit 0
pid=$(cat "$pid_file")
if kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null
fi
rm -f "$pid_file" "$state_dir/issuer" "$state_dir/issuer.tmp"
exit 0
