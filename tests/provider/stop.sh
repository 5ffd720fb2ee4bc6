#!/usr/bin/env bash
# Stops the local OpenID provider started by start.sh with the same state directory.
set -uo pipefail
state_dir=${1:-${TMPDIR:-/tmp}/qtsignin-provider}
source "$(dirname "${BASH_SOURCE[0]}")/../lib/node-service.sh"
stop_node_service "$state_dir" provider issuer
