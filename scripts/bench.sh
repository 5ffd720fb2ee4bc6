#!/usr/bin/env bash
# QtSignIn's benchmarks, against the alternatives, in one run: the silent
# cache hit, the first call of a new process and the refresh, against
# Microsoft's msal-node; the interactive sign-in's own parts and its HTTP
# requests, against QtNetworkAuth; start-up time and peak memory of the CLI
# and the demo, in browser mode and with the embedded agent. Everything runs
# here, against one local provider (tests/provider) started for the run, with
# headless Chromium (tests/browser/signin.mjs) as the person and a throw-away
# Secret Service (tests/keyring) as the keychain. Prints markdown tables with
# medians and writes them to BENCHMARKS.md, with the machine and the method.
#
# A benchmark to read, not a test: nothing here fails on a number. The
# machine is often shared, so every row is a median over several runs.
#
#   scripts/bench.sh [--smoke] [--build-dir DIR] [--output FILE]
#
#   --smoke        every row once or twice, briefly (CI's bench.smoke); writes
#                  no file unless --output is given
#   --build-dir    the CMake build to measure (default: $BUILD_DIR or build/);
#                  needs the target "bench" (cmake --build DIR --target bench)
#   --output FILE  where the tables go (default BENCHMARKS.md in the full run)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${BUILD_DIR:-$root/build}
smoke=0
output=
while (($#)); do
    case $1 in
        --smoke) smoke=1 ;;
        --build-dir) build=$(cd "$2" && pwd); shift ;;
        --output) output=$2; shift ;;
        -h|--help) sed -n '2,/^set -e/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        *) echo "bench.sh: unknown argument $1 (see --help)" >&2; exit 64 ;;
    esac
    shift
done
if ((smoke)); then
    process_runs=2 refresh_runs=1 launch_runs=1 pairs=1 hit_calls=2000 refreshes=2 msal_hits=200 window_runs=1 kit_runs=3
    gbench_repetitions=1
else
    process_runs=21 refresh_runs=9 launch_runs=15 pairs=7 hit_calls=20000 refreshes=20 msal_hits=2000 window_runs=5 kit_runs=50
    gbench_repetitions=10
    output=${output:-$root/BENCHMARKS.md}
fi

source "$root/scripts/node-path.sh"
cli=$build/bin/qtsignin
demo=$build/bin/qtsignin-demo
programs=$build/tests/bench
for program in "$cli" "$programs/bench_run" "$programs/bench_stamp" "$programs/bench_qtsignin_signin"; do
    [[ -x $program ]] || { echo "bench.sh: $program is missing; build first: cmake --build $build --target bench" >&2; exit 1; }
done
[[ -d $root/tests/node_modules/@azure/msal-node ]] \
    || { echo "bench.sh: msal-node is missing; run scripts/setup.sh (npm ci in tests/)" >&2; exit 1; }
run=$programs/bench_run
stamp=$programs/bench_stamp

scratch=$(mktemp -d "${TMPDIR:-/tmp}/qtsignin-bench.XXXXXX")
front_pid=
cleanup() {
    set +e
    [[ -n $front_pid ]] && kill "$front_pid" 2>/dev/null
    "$root/tests/provider/stop.sh" "$scratch/provider" >/dev/null 2>&1
    "$root/tests/keyring/stop.sh" --force "$scratch/keyring" >/dev/null 2>&1
    rm -rf "$scratch"
}
trap cleanup EXIT
results=$scratch/results.jsonl
log=$scratch/bench.log
: >"$results"
say() { echo "bench.sh: $*" >&2; }
fail() { say "$*; the last lines of its log:"; tail -n 25 "$log" >&2; exit 1; }
# Appends one JSON line to the results: record KIND key=value...
record() {
    local kind=$1 fields=""
    shift
    for pair in "$@"; do
        local value=${pair#*=}
        [[ $value =~ ^-?[0-9]+(\.[0-9]+)?$ ]] || value="\"$value\""
        fields+=",\"${pair%%=*}\":$value"
    done
    echo "{\"kind\":\"$kind\"$fields}" >>"$results"
}

# The provider, with its own time per request logged (tests/bench/provider-timing.mjs).
timing=$scratch/provider-timing.log
: >"$timing"
say "starting the local provider and a throw-away Secret Service"
issuer=$(BENCH_PROVIDER_TIMING=$timing NODE_OPTIONS="--import=$root/tests/bench/provider-timing.mjs" \
    "$root/tests/provider/start.sh" "$scratch/provider")
"$root/tests/keyring/start.sh" "$scratch/keyring" >/dev/null
DBUS_SESSION_BUS_ADDRESS=$(sed -n 's/^DBUS_SESSION_BUS_ADDRESS=//p' "$scratch/keyring/env")
export DBUS_SESSION_BUS_ADDRESS
export XDG_CACHE_HOME=$scratch/cache XDG_CONFIG_HOME=$scratch/config XDG_DATA_HOME=$scratch/data
export XDG_RUNTIME_DIR=$scratch/runtime
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset BROWSER QT_LOGGING_RULES
browser="node $root/tests/browser/signin.mjs"
session=(--authority "$issuer" --client-id qtsignin-demo --app-name bench)

# One sign-in through the CLI into the keychain: the session the silent rows
# use, and a warm-up for the provider, node and Chromium.
say "signing in once with qtsignin (keychain)"
"$cli" login "${session[@]}" --scope profile --scope offline_access --scope api.read \
    --browser-command "$browser" >>"$log" 2>&1 || fail "qtsignin login failed"

# measure NAME COMMAND...: one process run by bench_run; records its wall time
# and peak RSS. Output goes to the log.
measure() {
    local name=$1 start end rss status
    shift
    "$run" "$scratch/report" -- "$@" >>"$log" 2>&1 || fail "failed: $*"
    read -r start end rss status <"$scratch/report"
    record process name="$name" wall_ms="$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f", (e - s) / 1e6 }')" rss_kb="$rss"
}
series() {
    local runs=$1
    shift
    for _ in $(seq "$runs"); do measure "$@"; done
}

say "process rows: start-up, token from the keychain, refresh"
"$cli" --version >/dev/null # the page cache
series "$process_runs" qtsignin_version "$cli" --version
series "$process_runs" node_empty node -e 0
# Both first-call rows must be answered from the cache, without the network.
[[ $("$cli" token "${session[@]}" --scope api.read --json 2>>"$log") == *'"source":"cache"'* ]] \
    || fail "qtsignin token did not answer from the cache"
series "$process_runs" qtsignin_token "$cli" token "${session[@]}" --scope api.read
series "$process_runs" qtsignin_accounts "$cli" accounts "${session[@]}"
series "$refresh_runs" qtsignin_token_refresh "$cli" token "${session[@]}" --scope api.read --force-refresh
for _ in $(seq "$process_runs"); do
    "$programs/bench_qtsignin_signin" --first-silent --issuer "$issuer" --scratch "$scratch" >>"$results" 2>>"$log" \
        || fail "bench_qtsignin_signin --first-silent failed"
done

# qtsignin login from its start to the browser's launch: bench_stamp is the
# browser, and bench_run ends qtsignin once it ran.
launch() {
    local name=$1 start end rss status launched
    shift
    rm -f "$scratch/launched"
    "$run" "$scratch/report" --stop-file "$scratch/launched" --timeout-ms 30000 -- \
        "$cli" login "${session[@]}" --scope profile --scope offline_access --scope api.read \
        --browser-command "$stamp $scratch/launched" "$@" >>"$log" 2>&1 || fail "qtsignin login did not reach the browser"
    read -r start end rss status <"$scratch/report"
    launched=$(cat "$scratch/launched")
    record launch name="$name" ms="$(awk -v s="$start" -v e="$launched" 'BEGIN { printf "%.3f", (e - s) / 1e6 }')" rss_kb="$rss"
}
say "qtsignin login, start to browser launch"
for i in $(seq "$launch_runs"); do
    XDG_CACHE_HOME=$scratch/cold-$i launch login_cold_memory --cache memory
    launch login_warm_memory --cache memory
    launch login_warm_keychain
done

# Signing in on another device (RFC 8628). From the start to the code on
# screen: bench_stamp is "the other device", which qtsignin runs right after
# printing the code. Then whole device sign-ins that the person (Chromium,
# tests/browser/signin.mjs --device) approves after waiting: the provider's
# timing log says when the code was issued, when the tokens came, and how
# many times the token endpoint was polled in between.
say "qtsignin login --mode device"
for _ in $(seq "$launch_runs"); do
    launch login_device_code --cache memory --mode device
done
if ((smoke)); then device_delays=(0); else device_delays=(0 5 10 0 5 10 0 5 10); fi
for delay in "${device_delays[@]}"; do
    mark=$(wc -l <"$timing")
    "$cli" login "${session[@]}" --scope profile --cache memory --mode device \
        --browser-command "$browser --device --delay $delay" >>"$log" 2>&1 || fail "qtsignin login --mode device failed"
    read -r authorized_ns done_ns polls < <(tail -n "+$((mark + 1))" "$timing" | awk '
        $3 == "POST" && $4 ~ /\/device\/auth$/ { authorized = $2; polls = 0 }
        $3 == "POST" && $4 ~ /\/token$/ && authorized { polls++; done = $2 }
        END { print authorized + 0, done + 0, polls + 0 }')
    record device_signin delay_s="$delay" polls="$polls" \
        wait_ms="$(awk -v s="$authorized_ns" -v e="$done_ns" 'BEGIN { printf "%.1f", (e - s) / 1e6 }')"
done

# The interactive sign-ins, QtSignIn and QtNetworkAuth taking turns so that a
# change in the machine's load hits both alike.
say "interactive sign-ins: QtSignIn and QtNetworkAuth ($pairs rounds)"
qtnetworkauth=$programs/bench_qtnetworkauth_signin
for i in $(seq "$pairs"); do
    silent=(--hit-calls 0 --refreshes 0)
    ((i == pairs)) && silent=(--hit-calls "$hit_calls" --refreshes "$refreshes" --gbench-repetitions "$gbench_repetitions")
    "$programs/bench_qtsignin_signin" --issuer "$issuer" --browser "$browser" --timing-log "$timing" \
        --scratch "$scratch" --pairs 1 "${silent[@]}" >>"$results" 2>>"$log" || fail "bench_qtsignin_signin failed"
    if [[ -x $qtnetworkauth ]]; then
        "$qtnetworkauth" --issuer "$issuer" --browser "$browser" --timing-log "$timing" --runs 1 \
            >>"$results" 2>>"$log" || fail "bench_qtnetworkauth_signin failed"
    fi
done

# The same sign-in through the test kit (QtSignIn::Test): provider, user
# agent and client in one process, no browser.
if [[ -x $programs/bench_test_kit_signin ]]; then
    say "sign-ins through QtSignIn::Test ($kit_runs)"
    "$programs/bench_test_kit_signin" --runs "$kit_runs" >>"$results" 2>>"$log" || fail "bench_test_kit_signin failed"
fi

# msal-node, behind an https front with a throw-away CA.
say "msal-node: one sign-in, then silent calls"
(
    cd "$scratch"
    openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj "/CN=QtSignIn bench CA" -keyout ca.key -out ca.pem \
        -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign
    openssl req -newkey rsa:2048 -nodes -subj "/CN=127.0.0.1" -keyout front.key -out front.csr
    printf 'subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n' >front.ext
    openssl x509 -req -in front.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 1 -out front.pem -extfile front.ext
) >>"$log" 2>&1 || fail "openssl could not make the throw-away certificates"
front_timing=$scratch/front-timing.log
BENCH_FRONT_TIMING=$front_timing node "$root/tests/bench/msal/tls-front.mjs" "$scratch/front.pem" "$scratch/front.key" \
    "$issuer" >"$scratch/front.out" 2>>"$log" &
front_pid=$!
for _ in $(seq 100); do [[ -s $scratch/front.out ]] && break; sleep 0.05; done
front=$(head -n 1 "$scratch/front.out")
[[ $front == https://* ]] || fail "the TLS front did not start"
export NODE_EXTRA_CA_CERTS=$scratch/ca.pem
mkdir -p "$scratch/msal"
node "$root/tests/bench/msal/msal-bench.mjs" --authority "$front" --provider "$issuer" --timing-log "$timing" \
    --front-timing "$front_timing" --out-dir "$scratch/msal" --hit-calls "$msal_hits" --refreshes "$refreshes" \
    >>"$results" 2>>"$log" || fail "msal-bench.mjs failed"
silent_process=(node "$root/tests/bench/msal/silent-process.mjs" "$front/" "$scratch/msal/metadata.json" "$scratch/msal/cache.json")
[[ $("${silent_process[@]}" 2>>"$log") == cache ]] || fail "msal-node's new process did not answer from the cache"
series "$process_runs" msal_silent_process "${silent_process[@]}"
unset NODE_EXTRA_CA_CERTS

# With a window: the embedded agent (Qt WebEngine) and the demo, offscreen.
export QT_QPA_PLATFORM=offscreen QTWEBENGINE_CHROMIUM_FLAGS="--disable-gpu"
# Chromium will not start as root with its sandbox; only then, as in the tests.
[[ $(id -u) == 0 ]] && export QTWEBENGINE_DISABLE_SANDBOX=1

# first_page NAME COMMAND...: from the process start until WebEngine asks the
# provider for the login page's logo (the page is parsed), then ended.
first_page() {
    local name=$1 lines start end rss status served
    shift
    lines=$(wc -l <"$timing")
    rm -f "$scratch/first-page"
    (
        for _ in $(seq 600); do
            served=$(awk -v skip="$lines" 'NR > skip && $3 == "GET" && $4 == "/static/logo.svg" { print $2; exit }' "$timing")
            [[ -n $served ]] && { echo "$served" >"$scratch/first-page"; exit 0; }
            sleep 0.05
        done
    ) &
    local watcher=$!
    "$run" "$scratch/report" --stop-file "$scratch/first-page" --timeout-ms 40000 -- "$@" >>"$log" 2>&1 || true
    kill "$watcher" 2>/dev/null || true
    wait "$watcher" 2>/dev/null || true
    read -r start end rss status <"$scratch/report"
    if [[ -s $scratch/first-page ]]; then
        record window name="$name" ms="$(awk -v s="$start" -v e="$(cat "$scratch/first-page")" 'BEGIN { printf "%.3f", (e - s) / 1e6 }')" rss_kb="$rss"
    else
        say "$name: no provider page within 40 s (exit $status)"
        record window_missing name="$name" reason="no page (exit $status)"
    fi
}
say "embedded agent and demo"
for _ in $(seq "$window_runs"); do
    first_page cli_embedded "$cli" login "${session[@]}" --scope profile --mode embedded --cache memory
done
if [[ -x $programs/bench_embedded_first_page ]]; then
    for _ in $(seq "$window_runs"); do
        # Its temporary profile in the scratch folder: WebEngine may write there after it was removed.
        TMPDIR=$scratch "$run" "$scratch/report" -- "$programs/bench_embedded_first_page" "$issuer" >"$scratch/embedded.out" 2>>"$log" \
            || fail "bench_embedded_first_page failed"
        read -r start end rss status <"$scratch/report"
        loaded=$(sed -n 's/.*first_page_monotonic_ns=\([0-9]*\).*/\1/p' "$scratch/embedded.out")
        main=$(sed -n 's/.*pss_main_kb=\([0-9-]*\).*/\1/p' "$scratch/embedded.out")
        renderer=$(sed -n 's/.*pss_renderer_kb=\([0-9-]*\).*/\1/p' "$scratch/embedded.out")
        record window name=app_embedded ms="$(awk -v s="$start" -v e="$loaded" 'BEGIN { printf "%.3f", (e - s) / 1e6 }')" \
            rss_kb="$rss" pss_main_kb="$main" pss_renderer_kb="$renderer"
    done
fi
demo_missing=
if [[ ! -x $demo ]]; then
    demo_missing="demo not built"
elif ! demo_help=$("$demo" --help 2>&1) || [[ $demo_help != *--exit-after-startup* || $demo_help != *--preload-embedded* ]]; then
    demo_missing="demo has no --exit-after-startup/--preload-embedded"
fi
if [[ -z $demo_missing ]]; then
    for _ in $(seq "$((window_runs * 2 - 1))"); do
        for variant in browser embedded; do
            extra=()
            [[ $variant == embedded ]] && extra=(--preload-embedded)
            # The demo API is not needed to show the window: nobody is signed in to the demo yet.
            if "$run" "$scratch/report" --timeout-ms 20000 -- "$demo" --authority "$issuer" --api-url http://127.0.0.1:9/ \
                --exit-after-startup "${extra[@]}" >>"$log" 2>&1; then
                read -r start end rss status <"$scratch/report"
                record process name="demo_$variant" wall_ms="$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f", (e - s) / 1e6 }')" rss_kb="$rss"
            else
                demo_missing="demo failed (exit $(cut -d' ' -f4 "$scratch/report"))"
                say "$demo_missing; see its output in the log"
                break 2
            fi
        done
    done
fi
[[ -n $demo_missing ]] && record demo_missing reason="$demo_missing"

# The machine, and the table.
record machine cpu="$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)" cores="$(nproc)" \
    kernel="$(uname -sr)" qt="$(pkg-config --modversion Qt6Core 2>/dev/null || echo unknown)" \
    node="$(node --version)" chromium="$(chromium --version 2>/dev/null | awk '{ print $2 }')" \
    load="$(cut -d' ' -f1-3 /proc/loadavg)" date="$(date -u '+%Y-%m-%d %H:%M UTC')" smoke="$smoke"
table=$(node "$root/tests/bench/report.mjs" "$results")
echo "$table"
if [[ -n $output ]]; then
    printf '%s\n' "$table" >"$output"
    say "written to $output"
fi
