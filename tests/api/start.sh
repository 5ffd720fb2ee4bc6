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
"$here/stop.sh" "$state_dir" >/dev/null 2>&1 || true
rm -f "$state_dir/api-url"

# setsid + nohup: the API outlives this script and its terminal, in its own session.
API_ISSUER=$issuer setsid nohup node "$here/api.mjs" >"$state_dir/api-url.tmp" 2>"$state_dir/api.log" </dev/null &
echo $! >"$state_dir/api.pid"

for _ in $(seq 1 200); do
    if [[ -s $state_dir/api-url.tmp ]]; then
        url=$(head -n 1 "$state_dir/api-url.tmp")
        if node -e "fetch(process.argv[1] + '/health').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))" "$url"; then
            printf '%s' "$url" >"$state_dir/api-url"
            echo "$url"
            exit 0
        fi
    fi
    if ! kill -0 "$(cat "$state_dir/api.pid")" 2>/dev/null; then
        break
    fi
    sleep 0.1
done
echo "start.sh: the API did not come up; its log:" >&2
tail -n 20 "$state_dir/api.log" >&2
exit 1
