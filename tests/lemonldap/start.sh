#!/usr/bin/env bash
# Starts LemonLDAP::NG's portal (Debian's packages) as an OpenID Connect
# provider on 127.0.0.1, configured from this folder's templates into a private
# state directory: no web server, no root, nothing read from or written to
# /etc or /var/lib/lemonldap-ng. plackup runs the portal's PSGI app
# (portal.psgi); LLNG_DEFAULTCONFFILE points it at STATE_DIR/lemonldap-ng.ini,
# whose File backend holds STATE_DIR/conf/lmConf-1.json. Prints the issuer
# once its discovery document answers; fails with the portal's log if it does
# not within 30 s (at once when the portal says it failed to initialise).
# Safe to re-run: a portal started from the same state directory is stopped
# first, and every session is forgotten.
#
#   tests/lemonldap/start.sh [STATE_DIR]   (default: ${TMPDIR:-/tmp}/qtsignin-lemonldap)
#
# STATE_DIR receives issuer, redirect-port (LemonLDAP::NG matches redirect
# URIs exactly, port included: the one registered is http://127.0.0.1:PORT/),
# portal.pid and portal.log.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
state_dir=${1:-${TMPDIR:-/tmp}/qtsignin-lemonldap}

if ! command -v plackup >/dev/null || ! perl -MLemonldap::NG::Portal::Main -e 1 2>/dev/null; then
    echo "start.sh: LemonLDAP::NG's portal or plackup is missing (Debian: liblemonldap-ng-portal-perl libplack-perl); run scripts/setup.sh" >&2
    exit 1
fi

"$here/stop.sh" "$state_dir"
mkdir -p "$state_dir"
state_dir=$(cd "$state_dir" && pwd)
rm -rf "${state_dir:?}"/{conf,sessions,psessions,cache}
mkdir -p -m 700 "$state_dir"/{conf,sessions/lock,psessions/lock,cache}

# Two free ports on 127.0.0.1: the portal's, and the one loopback redirect
# port the client is registered with.
read -r port redirect_port < <(perl -MIO::Socket::INET -e '
    my @sockets = map { IO::Socket::INET->new(Listen => 1, LocalAddr => "127.0.0.1", LocalPort => 0) or die "$!\n" } 1 .. 2;
    print join(" ", map { $_->sockport } @sockets), "\n";')
issuer=http://127.0.0.1:$port

# The ID-token signing key (RS256), new for every start.
openssl genrsa -traditional -out "$state_dir/signing-key.pem" 2048 2>/dev/null
openssl rsa -in "$state_dir/signing-key.pem" -pubout -out "$state_dir/signing-key.pub.pem" 2>/dev/null
perl "$here/write-config.pl" "$here" "$state_dir" "$issuer" "$redirect_port"

LLNG_DEFAULTCONFFILE=$state_dir/lemonldap-ng.ini setsid nohup \
    plackup --host 127.0.0.1 --port "$port" -E deployment "$here/portal.psgi" \
    >"$state_dir/portal.log" 2>&1 </dev/null &
echo $! >"$state_dir/portal.pid"

discovery=$issuer/.well-known/openid-configuration
deadline=$((SECONDS + 30))
while ((SECONDS < deadline)); do
    # 0: discovery names the issuer; 3: the portal answers 500 (it failed to
    # initialise, and will not recover); anything else: not yet.
    status=0
    perl -MHTTP::Tiny -MJSON::PP -e '
        my $response = HTTP::Tiny->new(timeout => 2)->get($ARGV[0]);
        exit 3 if $response->{status} == 500;
        exit 1 unless $response->{success};
        exit(JSON::PP->new->decode($response->{content})->{issuer} eq $ARGV[1] ? 0 : 2);' \
        "$discovery" "$issuer" 2>/dev/null || status=$?
    if ((status == 0)); then
        printf '%s' "$issuer" >"$state_dir/issuer"
        printf '%s' "$redirect_port" >"$state_dir/redirect-port"
        echo "$issuer"
        exit 0
    fi
    ((status != 3)) || break
    kill -0 "$(cat "$state_dir/portal.pid")" 2>/dev/null || break
    sleep 0.2
done
echo "start.sh: LemonLDAP::NG's portal did not answer $discovery with its issuer; its log ($state_dir/portal.log), errors first:" >&2
grep -E "\[error\]|Can't locate" "$state_dir/portal.log" | head -n 20 >&2
echo "..." >&2
tail -n 10 "$state_dir/portal.log" >&2
"$here/stop.sh" "$state_dir"
exit 1
