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
"$here/stop.sh" "$state_dir" >/dev/null 2>&1 || true
rm -f "$state_dir/issuer"

# setsid + nohup: the provider outlives this script and its terminal, in its own session.
setsid nohup node "$here/provider.mjs" >"$state_dir/issuer.tmp" 2>"$state_dir/provider.log" </dev/null &
echo $! >"$state_dir/provider.pid"

for _ in $(seq 1 200); do
    if [[ -s $state_dir/issuer.tmp ]]; then
        issuer=$(head -n 1 "$state_dir/issuer.tmp")
        if node -e "fetch(process.argv[1] + '/.well-known/openid-configuration').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))" "$issuer"; then
            printf '%s' "$issuer" >"$state_dir/issuer"
            echo "$issuer"
            exit 0
        fi
    fi
    if ! kill -0 "$(cat "$state_dir/provider.pid")" 2>/dev/null; then
        break
    fi
    sleep 0.1
done
echo "start.sh: the provider did not come up; its log:" >&2
tail -n 20 "$state_dir/provider.log" >&2
exit 1
