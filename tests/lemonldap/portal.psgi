# The LemonLDAP::NG portal as one PSGI app for plackup, on 127.0.0.1 only:
# the portal itself (Debian's index.psgi) and its static files, which a web
# server would otherwise serve. LLNG_DEFAULTCONFFILE names the configuration.
use strict;
use warnings;
use Plack::Builder;
use Plack::App::File;
use Lemonldap::NG::Portal::Main;

my $htdocs = '/usr/share/lemonldap-ng/portal/htdocs';
my $portal = Lemonldap::NG::Portal::Main->run( {} );

builder {
    mount '/static' => Plack::App::File->new( root => "$htdocs/static" )->to_app;
    mount '/'       => $portal;
};
