# Sourced by the scripts after scripts/setup.sh: when setup had to fetch
# Node.js 20 itself (Debian 12's own is 18, too old for the local provider
# and the browser driver), its copy in .cache/node comes first on PATH, for
# the scripts and for every test they start.
node_path_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
if [[ -x $node_path_root/.cache/node/bin/node ]]; then
    export PATH=$node_path_root/.cache/node/bin:$PATH
fi
unset node_path_root
