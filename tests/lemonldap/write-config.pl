#!/usr/bin/perl
# Fills in the portal's configuration templates (lmConf.json.in and
# lemonldap-ng.ini.in) for one state directory:
#
#   write-config.pl TEMPLATE_DIR STATE_DIR ISSUER REDIRECT_PORT
#
# writes STATE_DIR/lemonldap-ng.ini and STATE_DIR/conf/lmConf-1.json, with the
# signing key from STATE_DIR/signing-key.pem (JSON-escaped, as LLNG wants PEM
# text inside its JSON configuration).
use strict;
use warnings;
use JSON::PP;

my ( $templates, $state, $issuer, $redirect_port ) = @ARGV;
die "usage: $0 TEMPLATE_DIR STATE_DIR ISSUER REDIRECT_PORT\n" unless defined $redirect_port;

sub slurp {
    my ($path) = @_;
    open my $in, '<', $path or die "$path: $!\n";
    local $/;
    return scalar <$in>;
}

sub spew {
    my ( $path, $text ) = @_;
    open my $out, '>', $path or die "$path: $!\n";
    print {$out} $text;
    close $out or die "$path: $!\n";
}

# A JSON string's contents, without the quotes the template already has.
sub json_text { my $quoted = JSON::PP->new->allow_nonref->encode( $_[0] ); return substr $quoted, 1, -1 }

my %values = (
    STATE         => $state,
    ISSUER        => $issuer,
    REDIRECT_PORT => $redirect_port,
    # LLNG takes a configuration with a false cfgNum or cfgDate for none at all.
    NOW           => time,
    PRIVATE_KEY   => slurp("$state/signing-key.pem"),
    PUBLIC_KEY    => slurp("$state/signing-key.pub.pem"),
);
my $fill = sub {
    my ( $text, $escape ) = @_;
    $text =~ s/\@([A-Z_]+)\@/exists $values{$1} ? $escape->($values{$1}) : die "unknown placeholder $1\n"/ge;
    return $text;
};

my $conf = $fill->( slurp("$templates/lmConf.json.in"), \&json_text );
JSON::PP->new->decode($conf);    # fail here, not in the portal, on a broken template
spew( "$state/conf/lmConf-1.json", $conf );
spew( "$state/lemonldap-ng.ini", $fill->( slurp("$templates/lemonldap-ng.ini.in"), sub { $_[0] } ) );
