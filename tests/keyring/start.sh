#!/bin/sh
# Starts a throw-away Secret Service for the keychain tests: a private D-Bus
# session bus (dbus-run-session) holding a gnome-keyring whose login keyring is
# unlocked from stdin, so no prompt and no X display is ever needed. Nothing
# of the person's own keyring or session bus is touched.
#
#   start.sh STATE_DIR   writes STATE_DIR/env (KEY=VALUE lines) for the tests
#
# Several ctest runs in one build tree share STATE_DIR: the first starts the
# service, later ones join it, and each stop.sh leaves it to the others still
# running (STATE_DIR/users lists each caller's parent process, ctest).
set -eu

if [ $# -ne 1 ]; then
    echo "usage: $0 STATE_DIR" >&2
    exit 2
fi
mkdir -p "$1"
state=$(cd "$1" && pwd)
here=$(cd "$(dirname "$0")" && pwd)

for tool in dbus-run-session gnome-keyring-daemon secret-tool dbus-send setsid flock timeout; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "start.sh: $tool is missing (apt-get install dbus gnome-keyring libsecret-tools util-linux)" >&2
        exit 1
    fi
done

# One start or stop at a time; the lock goes with this process.
exec 9>>"$state/lock"
if ! flock -w 60 9; then
    echo "start.sh: $state/lock is held by another start or stop for over 60 s" >&2
    exit 1
fi

probe() {
    # A store proves the collection is unlocked and writable; a lookup that
    # returns it proves reads work. Only a bus or keyring that does not
    # answer makes them hang, hence the timeouts.
    (
        set -a
        . "$state/env"
        set +a
        echo -n probe | timeout 5 secret-tool store --label=qtsignin-probe qtsignin-probe 1 \
            && timeout 5 secret-tool lookup qtsignin-probe 1 | grep -qx probe
    ) >/dev/null 2>&1
}

join() {
    echo "$PPID" >> "$state/users"
}

if [ -f "$state/env" ] && [ -f "$state/pid" ] && kill -0 "$(cat "$state/pid")" 2>/dev/null && probe; then
    join
    echo "start.sh: joined the Secret Service running in $state"
    exit 0
fi
# Whatever is left of an earlier service does not answer: replace it.
"$here/stop.sh" --force "$state" >/dev/null 2>&1 || true
rm -f "$state/users"

# Everything the keyring daemon writes stays under the state folder. A fresh
# start begins with no keyring: the tokens of earlier runs (in a keyring whose
# password is in this script) are not kept.
rm -rf "$state/data/keyrings"
mkdir -p "$state/home" "$state/data" "$state/config" "$state/cache" "$state/run"
chmod 0700 "$state/run" "$state/home"
rm -f "$state/env" "$state/bus-address"

# setsid gives the session its own process group, which stop.sh kills whole.
# Inside it: record the bus address, start the daemon unlocked with a throw-
# away password (the login keyring is created on first unlock), then idle.
# The lock's descriptor is not passed on, or the lock would live as long.
env -i PATH="$PATH" \
    HOME="$state/home" \
    XDG_RUNTIME_DIR="$state/run" \
    XDG_DATA_HOME="$state/data" \
    XDG_CONFIG_HOME="$state/config" \
    XDG_CACHE_HOME="$state/cache" \
    STATE="$state" \
    setsid dbus-run-session -- sh -c '
        echo "$DBUS_SESSION_BUS_ADDRESS" > "$STATE/bus-address.tmp"
        mv "$STATE/bus-address.tmp" "$STATE/bus-address"
        echo -n qtsignin-test | gnome-keyring-daemon --unlock --components=secrets --daemonize > "$STATE/daemon.out"
        exec sleep 86400
    ' > "$state/session.log" 2>&1 < /dev/null 9>&- &
echo $! > "$state/pid"

# The bus address appears as soon as dbus-run-session runs its child.
tries=0
while [ ! -s "$state/bus-address" ]; do
    tries=$((tries + 1))
    if [ $tries -gt 100 ]; then
        echo "start.sh: the session bus did not start; see $state/session.log" >&2
        "$here/stop.sh" --force "$state" >/dev/null 2>&1 || true
        exit 1
    fi
    sleep 0.1
done

cat > "$state/env.tmp" <<ENV
DBUS_SESSION_BUS_ADDRESS=$(cat "$state/bus-address")
HOME=$state/home
XDG_RUNTIME_DIR=$state/run
XDG_DATA_HOME=$state/data
XDG_CONFIG_HOME=$state/config
XDG_CACHE_HOME=$state/cache
ENV
mv "$state/env.tmp" "$state/env"

# Bounded wait until the Secret Service stores and returns an item: by the
# clock, as one probe may itself take seconds.
deadline=$(($(date +%s) + 30))
until probe; do
    if [ "$(date +%s)" -ge $deadline ]; then
        echo "start.sh: the Secret Service did not answer within 30 s; see $state/session.log" >&2
        "$here/stop.sh" --force "$state" >/dev/null 2>&1 || true
        exit 1
    fi
    sleep 1
done

# gnome-keyring-daemon --daemonize leaves our process group; it quits when its
# bus goes away, but its pid is kept so stop.sh can make sure.
(
    set -a
    . "$state/env"
    set +a
    timeout 5 dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets
) 2>/dev/null | awk '/uint32/ { print $2 }' > "$state/daemon-pid" || true
join
echo "start.sh: Secret Service running in $state (bus $(cat "$state/bus-address"))"
