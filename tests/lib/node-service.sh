# Starting and stopping the tests' Node.js servers (the local provider, the
# demo API) in the background, one per state directory. Sourced by their
# start.sh and stop.sh.

# start_node_service STATE_DIR NAME URL_FILE READY_PATH SCRIPT [ENV=VALUE...]
# Runs `node SCRIPT` with the given environment, in its own session so it
# outlives the caller and its terminal (setsid + nohup), with its pid in
# STATE_DIR/NAME.pid and its log in STATE_DIR/NAME.log. The server prints its
# base URL first; once GET URL+READY_PATH answers 2xx, the URL is written to
# STATE_DIR/URL_FILE and printed. Fails with the log's tail if it never does.
start_node_service() {
    local state_dir=$1 name=$2 url_file=$3 ready_path=$4 script=$5
    shift 5
    mkdir -p "$state_dir"
    stop_node_service "$state_dir" "$name" "$url_file"
    env "$@" setsid nohup node "$script" >"$state_dir/$url_file.tmp" 2>"$state_dir/$name.log" </dev/null &
    echo $! >"$state_dir/$name.pid"
    local url
    for _ in $(seq 1 200); do
        if [[ -s $state_dir/$url_file.tmp ]]; then
            url=$(head -n 1 "$state_dir/$url_file.tmp")
            if node -e "fetch(process.argv[1] + process.argv[2]).then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))" \
                "$url" "$ready_path"; then
                printf '%s' "$url" >"$state_dir/$url_file"
                echo "$url"
                return 0
            fi
        fi
        kill -0 "$(cat "$state_dir/$name.pid")" 2>/dev/null || break
        sleep 0.1
    done
    echo "start.sh: the $name did not come up; its log:" >&2
    tail -n 20 "$state_dir/$name.log" >&2
    return 1
}

# stop_node_service STATE_DIR NAME URL_FILE: stops what start_node_service
# started there (TERM, then KILL after 5 s); nothing running is fine.
stop_node_service() {
    local state_dir=$1 name=$2 url_file=$3
    local pid_file=$state_dir/$name.pid
    if [[ -f $pid_file ]]; then
        local pid
        pid=$(cat "$pid_file")
        if kill -0 "$pid" 2>/dev/null; then
            kill "$pid" 2>/dev/null || true
            for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
            kill -9 "$pid" 2>/dev/null || true
        fi
    fi
    rm -f "$pid_file" "$state_dir/$url_file" "$state_dir/$url_file.tmp"
}
