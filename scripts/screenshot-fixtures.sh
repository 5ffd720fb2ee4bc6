# shellcheck shell=bash disable=SC2154 # $root and $build_dir: the sourcing script's
# Sourced by the screenshot scripts (screenshots.sh, quick-screenshots.sh),
# after $root and $build_dir are set: the local OpenID provider and the demo
# API beside it, in a state folder of their own that goes when the script
# exits, and a program run against them in a real X server (Xvfb).

# start_screenshot_fixtures NAME: starts both in a new folder
# ${TMPDIR:-/tmp}/NAME.XXXXXX ($state_dir); sets $issuer.
start_screenshot_fixtures() {
    state_dir=$(mktemp -d "${TMPDIR:-/tmp}/$1.XXXXXX")
    trap stop_screenshot_fixtures EXIT
    issuer=$("$root/tests/provider/start.sh" "$state_dir/provider")
    "$root/tests/api/start.sh" "$state_dir/api" "$issuer" >/dev/null
}

stop_screenshot_fixtures() {
    "$root/tests/api/stop.sh" "$state_dir/api" >/dev/null 2>&1 || true
    "$root/tests/provider/stop.sh" "$state_dir/provider" >/dev/null 2>&1 || true
    rm -rf "$state_dir"
}

# run_in_xvfb SCREEN PROGRAM [ARGUMENTS...]: PROGRAM on an Xvfb screen of
# SCREEN (WIDTHxHEIGHTxDEPTH), told where the provider and the API keep their
# state. Variables set before the call (QT_SCALE_FACTOR=… run_in_xvfb …)
# reach PROGRAM too.
run_in_xvfb() {
    local screen=$1
    shift
    QTSIGNIN_PROVIDER_STATE=$state_dir/provider QTSIGNIN_API_STATE=$state_dir/api QT_QPA_PLATFORM=xcb \
        xvfb-run -a -s "-screen 0 $screen" "$@"
}
