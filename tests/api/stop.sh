#!/usr/bin/env bash
# Stops the demo API started by start.sh with the same state directory.
set -uo pipefail
if [[ $# -ne 1 || -z $1 ]]; then
    echo "usage: tests/api/stop.sh STATE_DIR" >&2
    exit 2
fi
state_dir=$1
source "$(dirname "${BASH_SOURCE[0]}")/../lib/node-service.sh"
stop_node_service "$state_dir" api api-url
