#!/usr/bin/env bash
# Starts the local OpenID provider in the background on 127.0.0.1 and prints
# its issuer URL once discovery answers. Safe to re-run: a provider already
# started from the same state directory is stopped first.
#
#   tests/provider/start.sh [STATE_DIR]    (default: ${TMPDIR:-/tmp}/qtsignin-provider)
#
# STATE_DIR receives provider.pid, issuer and provider.log.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
state_dir=${1:-${TMPDIR:-/tmp}/qtsignin-provider}
mkdir -p "$state_dir"

if [[ ! -d $here/../node_modules/oidc-provider ]]; then
    echo "start.sh: the provider's npm packages are missing ($(dirname "$here")/node_modules); run scripts/setup.sh or: npm ci --prefix tests" >&2
    exit 1
fi
source "$here/../lib/node-service.sh"
start_node_service "$state_dir" provider issuer /.well-known/openid-configuration "$here/provider.mjs"
