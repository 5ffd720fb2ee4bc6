#!/usr/bin/env bash
# Stops the LemonLDAP::NG portal started by start.sh with the same state
# directory (TERM, then KILL after 5 s); nothing running is fine.
set -uo pipefail
state_dir=${1:-${TMPDIR:-/tmp}/qtsignin-lemonldap}
pid_file=$state_dir/portal.pid
if [[ -f $pid_file ]]; then
    pid=$(cat "$pid_file")
    if kill -0 "$pid" 2>/dev/null; then
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$pid" 2>/dev/null || true
    fi
fi
rm -f "$pid_file" "$state_dir/issuer" "$state_dir/redirect-port"
exit 0
