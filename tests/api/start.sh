#!/usr/bin/env bash
# Starts the demo's protected API (api.mjs) in the background on 127.0.0.1,
# trusting the local provider at ISSUER (and its tenant issuers), and prints
# its base URL once /health answers. Safe to re-run: an API already started
# from the same state directory is stopped first.
#
#   tests/api/start.sh STATE_DIR ISSUER    (ISSUER as printed by tests/provider/start.sh)
#
# STATE_DIR receives api.pid, api-url and api.log. API_PORT and API_LOG pass
# through to api.mjs.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
if [[ $# -ne 2 || -z $1 || -z $2 ]]; then
    echo "usage: tests/api/start.sh STATE_DIR ISSUER" >&2
    exit 2
fi
state_dir=$1
issuer=$2
mkdir -p "$state_dir"

if [[ ! -d $here/../node_modules/jose ]]; then
    echo "start.sh: the API's npm packages are missing ($(dirname "$here")/node_modules); run scripts/setup.sh or: npm ci --prefix tests" >&2
    exit 1
fi
source "$here/../lib/node-service.sh"
start_node_service "$state_dir" api api-url /health "$here/api.mjs" "API_ISSUER=$issuer"
