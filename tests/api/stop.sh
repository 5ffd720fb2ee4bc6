#!/usr/bin/env bash
# Stops the demo API started by start.sh with the same state directory.
set -uo pipefail
if [[ $# -ne 1 || -z $1 ]]; then
    echo "usage: tests/api/stop.sh STATE_DIR" >&2
    exit 2
fi
state_dir=$1
pid_file=$state_dir/api.pid
[[ -f $pid_file ]] || exit 0
pid=$(cat "$pid_file")
if kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null
fi
rm -f "$pid_file" "$state_dir/api-url" "$state_dir/api-url.tmp"
exit 0
