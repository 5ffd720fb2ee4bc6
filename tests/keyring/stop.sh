#!/bin/sh
# Stops the Secret Service that start.sh started in STATE_DIR, once no other
# user of it is left: kills its whole process group (dbus-run-session, its
# bus) and the keyring daemon. The state folder is kept for inspection;
# start.sh reuses it.
#
#   stop.sh [--force] STATE_DIR    --force: stop even if others use it
set -u

force=false
if [ "${1:-}" = "--force" ]; then
    force=true
    shift
fi
if [ $# -ne 1 ]; then
    echo "usage: $0 [--force] STATE_DIR" >&2
    exit 2
fi
state=$1
[ -d "$state" ] || exit 0

is_number() {
    case "$1" in
        ''|*[!0-9]*) return 1 ;;
    esac
}

# Waits up to 3 s for `kill -0 TARGET` to fail, then sends SIGKILL.
terminate() {
    kill -TERM "$1" 2>/dev/null || return 0
    tries=0
    while kill -0 "$1" 2>/dev/null; do
        tries=$((tries + 1))
        if [ $tries -gt 30 ]; then
            kill -KILL "$1" 2>/dev/null
            return 0
        fi
        sleep 0.1
    done
}

# start.sh --force-stops while holding the lock already.
if ! $force; then
    exec 9>>"$state/lock"
    flock -w 60 9 || { echo "stop.sh: $state/lock is held for over 60 s" >&2; exit 1; }

    # Leave: drop our own entry and those of users that died without stopping.
    if [ -f "$state/users" ]; then
        : > "$state/users.tmp"
        while read -r user; do
            if is_number "$user" && [ "$user" != "$PPID" ] && kill -0 "$user" 2>/dev/null; then
                echo "$user" >> "$state/users.tmp"
            fi
        done < "$state/users"
        mv "$state/users.tmp" "$state/users"
        if [ -s "$state/users" ]; then
            echo "stop.sh: the Secret Service in $state is still in use; left running"
            exit 0
        fi
    fi
fi

rm -f "$state/env" "$state/users"
if [ -f "$state/pid" ]; then
    pid=$(cat "$state/pid")
    # setsid made the session leader's pid its process group id; dash's kill
    # takes a negative pid for a group but no "--".
    is_number "$pid" && terminate "-$pid"
    rm -f "$state/pid"
fi
if [ -f "$state/daemon-pid" ]; then
    pid=$(cat "$state/daemon-pid")
    # Only if that pid is still the keyring daemon and not a reused number.
    if is_number "$pid" && grep -q gnome-keyring "/proc/$pid/cmdline" 2>/dev/null; then
        terminate "$pid"
    fi
    rm -f "$state/daemon-pid"
fi
exit 0
