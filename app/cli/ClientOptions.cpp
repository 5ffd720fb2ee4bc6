// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "ClientOptions.h"

#include "ProviderOptions.h"

#include <QtSignIn/ClientConfiguration.h>

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QFile>
#include <QtCore/QProcess>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace ClientOptions {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ClientOptions", text);
}

const QString clientSecretVariable = QStringLiteral("QTSIGNIN_CLIENT_SECRET");

// The client secret from --client-secret-file: its first line, without the
// line end. A secret is far shorter than this; more is not a secret file.
constexpr qint64 maximumClientSecretFileSize = 64 * 1024;

bool readClientSecretFile(const QString &path, QtSignIn::Secret *secret, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read --client-secret-file %1: %2").arg(path, file.errorString());
        return false;
    }
#ifdef Q_OS_UNIX
    // Like the token file (FileTokenStore): a secret that other users can
    // read, or replace, is not kept as one.
    struct stat status {};
    if (::fstat(file.handle(), &status) != 0) {
        *error = tr("cannot read --client-secret-file %1: %2").arg(path, qt_error_string(errno));
        return false;
    }
    if (status.st_mode & (S_IRWXG | S_IRWXO)) {
        *error = tr("--client-secret-file %1 is open to other users (mode %2); make it private with "
                    "chmod 600 %1")
                         .arg(path)
                         .arg(status.st_mode & 07777, 4, 8, QLatin1Char('0'));
        return false;
    }
#endif
    QByteArray content = file.read(maximumClientSecretFileSize + 1);
    if (content.size() > maximumClientSecretFileSize) {
        *error = tr("--client-secret-file %1 is too large for a client secret").arg(path);
        return false;
    }
    const qsizetype lineEnd = content.indexOf('\n');
    if (lineEnd >= 0)
        content.truncate(lineEnd);
    if (content.endsWith('\r'))
        content.chop(1);
    if (content.isEmpty()) {
        *error = tr("--client-secret-file %1 has no secret on its first line").arg(path);
        return false;
    }
    *secret = QtSignIn::Secret(content);
    return true;
}

// --client-secret-file, else $QTSIGNIN_CLIENT_SECRET, else none (a public
// client). Never an argument: every user of the machine sees those (ps).
bool readClientSecret(const QCommandLineParser &parser, QtSignIn::ClientConfiguration *configuration,
                      Need need, QString *error)
{
    if (parser.isSet(QStringLiteral("client-secret"))) {
        // The value is not repeated: it may be the secret.
        *error = tr("--client-secret is not accepted: other users of this computer can read a command's "
                    "arguments. Use --client-secret-file PATH or the environment variable %1")
                         .arg(clientSecretVariable);
        return false;
    }
    QtSignIn::Secret secret;
    if (parser.isSet(QStringLiteral("client-secret-file"))) {
        if (!readClientSecretFile(parser.value(QStringLiteral("client-secret-file")), &secret, error))
            return false;
    } else {
        secret = QtSignIn::Secret(qgetenv(clientSecretVariable.toLatin1().constData()));
    }
    configuration->setClientSecret(secret);
    const QString method = parser.value(QStringLiteral("client-auth-method"));
    using Method = QtSignIn::ClientConfiguration::ClientAuthenticationMethod;
    if (method == QLatin1String("basic")) {
        configuration->setClientAuthenticationMethod(Method::ClientSecretBasic);
    } else if (method == QLatin1String("post")) {
        configuration->setClientAuthenticationMethod(Method::ClientSecretPost);
    } else if (!method.isEmpty() && method != QLatin1String("auto")) {
        *error = tr("--client-auth-method must be basic, post or auto");
        return false;
    }
    if (secret.isEmpty() && configuration->clientAuthenticationMethod() != Method::Automatic
        && need == Need::ProviderAndClient) {
        *error = tr("--client-auth-method needs a client secret (--client-secret-file or %1)")
                         .arg(clientSecretVariable);
        return false;
    }
    return true;
}

// An endpoint option's URL, held to the library's rule for endpoints.
bool readEndpoint(const QCommandLineParser &parser, const QString &option, QUrl *url, QString *error)
{
    if (!parser.isSet(option))
        return true;
    *url = QUrl(parser.value(option), QUrl::StrictMode);
    if (!url->isValid() || url->host().isEmpty() || !QtSignIn::isAllowedEndpoint(*url)) {
        *error = tr("--%1 must be an https URL (http only on 127.0.0.1, [::1] or localhost)").arg(option);
        return false;
    }
    return true;
}

// --oauth2 and its endpoints: a provider without OpenID Connect (GitHub's
// OAuth apps), whose endpoints nothing can discover. Without --oauth2 the
// endpoint options are refused rather than ignored.
bool readPlainOAuth2(const QCommandLineParser &parser, QtSignIn::ClientConfiguration *configuration,
                     QString *error)
{
    const QStringList endpointOptions{QStringLiteral("authorization-endpoint"), QStringLiteral("token-endpoint"),
                                      QStringLiteral("user-endpoint"), QStringLiteral("revocation-endpoint")};
    if (!parser.isSet(QStringLiteral("oauth2"))) {
        for (const QString &option : endpointOptions) {
            if (parser.isSet(option)) {
                *error = tr("--%1 needs --oauth2 (an OpenID Connect provider's endpoints are discovered "
                            "from --authority)").arg(option);
                return false;
            }
        }
        return true;
    }
    configuration->setProtocol(QtSignIn::ClientConfiguration::Protocol::OAuth2);
    QUrl authorization, token, user, revocation;
    if (!readEndpoint(parser, endpointOptions.at(0), &authorization, error)
        || !readEndpoint(parser, endpointOptions.at(1), &token, error)
        || !readEndpoint(parser, endpointOptions.at(2), &user, error)
        || !readEndpoint(parser, endpointOptions.at(3), &revocation, error))
        return false;
    if (authorization.isEmpty() || token.isEmpty()) {
        *error = tr("--oauth2 needs --authorization-endpoint URL and --token-endpoint URL");
        return false;
    }
    // GitHub's profile endpoint, since GitHub is the plain OAuth 2.0
    // provider people meet most; any other needs --user-endpoint.
    if (user.isEmpty() && authorization.host() == QLatin1String("github.com"))
        user = QUrl(QStringLiteral("https://api.github.com/user"));
    if (user.isEmpty()) {
        *error = tr("--oauth2 needs --user-endpoint URL: the provider's profile endpoint says who signed in");
        return false;
    }
    configuration->setAuthorizationEndpoint(authorization);
    configuration->setTokenEndpoint(token);
    configuration->setUserInfoEndpoint(user);
    configuration->setRevocationEndpoint(revocation);
    return true;
}

} // namespace

QList<OptionDefinition> definitions()
{
    return QList<OptionDefinition>{
        // Declared to be refused with the reason (readClientSecret()), not as an
        // unknown option; and with a value, so that the value is never taken for
        // a positional argument and printed back in the usage error.
        OptionDefinition(QStringLiteral("client-secret"), QString(), QStringLiteral("VALUE")).hidden(),
        {QStringLiteral("authority"), tr("The provider's issuer URL (OpenID configuration is discovered from it)."), QStringLiteral("URL")},
        {QStringLiteral("client-id"), tr("The application (client) id registered at the provider."), QStringLiteral("ID")},
        {QStringLiteral("client-secret-file"), tr("A file whose first line is the client secret, for providers that give installed apps one (Google's Desktop app clients); it must not be readable by other users. Or set the environment variable QTSIGNIN_CLIENT_SECRET. Sent to the provider's token endpoint only."), QStringLiteral("PATH")},
        OptionDefinition(QStringLiteral("client-auth-method"), tr("How the client secret is sent: basic (HTTP Basic), post (in the request body) or auto (default: as the provider's discovery document says)."), QStringLiteral("METHOD"), QStringLiteral("auto"))
                .withChoices({QStringLiteral("basic"), QStringLiteral("post"), QStringLiteral("auto")}),
        {QStringLiteral("oauth2"), tr("The provider is plain OAuth 2.0, not OpenID Connect (GitHub's OAuth apps): give its endpoints below; who signed in comes from --user-endpoint. --authority is then optional (default: the token endpoint's URL).")},
        {QStringLiteral("authorization-endpoint"), tr("With --oauth2: the provider's authorization endpoint."), QStringLiteral("URL")},
        {QStringLiteral("token-endpoint"), tr("With --oauth2: the provider's token endpoint."), QStringLiteral("URL")},
        {QStringLiteral("user-endpoint"), tr("With --oauth2: the profile endpoint that says who signed in, asked with the access token (default for github.com: https://api.github.com/user)."), QStringLiteral("URL")},
        {QStringLiteral("revocation-endpoint"), tr("With --oauth2: the token revocation endpoint (RFC 7009), where logout revokes the tokens."), QStringLiteral("URL")},
        {QStringLiteral("app-name"), tr("The application's name: shown on the browser's result page, and naming the keychain entry."), QStringLiteral("NAME"), QStringLiteral("qtsignin")},
        OptionDefinition(QStringLiteral("cache"), tr("Where tokens are kept: keychain (default, the system's), memory (nothing kept after exit) or file:PATH (weaker: a plain file, mode 0600)."), QStringLiteral("CACHE"), QStringLiteral("keychain"))
                .withChoices({QStringLiteral("keychain"), QStringLiteral("memory"), QStringLiteral("file:")}),
        {QStringLiteral("keychain-timeout"), tr("Seconds to wait for the keychain (default 30)."), QStringLiteral("SECONDS"), QStringLiteral("30")},
        {QStringLiteral("json"), tr("Print the result as one JSON object on stdout.")},
        {QStringLiteral("verbose"), tr("Log what the library does (never tokens) to stderr.")},
    } + ProviderOptions::definitions();
}

void setUp(QCommandLineParser *parser, const QList<OptionDefinition> &commandDefinitions)
{
    parser->setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser->addHelpOption();
    OptionDefinition::addAll(parser, commandDefinitions);
}

Parsed parse(QCommandLineParser *parser, const QStringList &arguments, QString *error)
{
    if (!parser->parse(QStringList{QStringLiteral("qtsignin")} + arguments)) {
        *error = parser->errorText();
        return Parsed::Error;
    }
    // --help-all as well: addHelpOption() declares it, and --help lists it.
    if (parser->isSet(QStringLiteral("help")) || parser->isSet(QStringLiteral("help-all")))
        return Parsed::Help;
    if (!parser->positionalArguments().isEmpty()) {
        *error = tr("unexpected argument: %1").arg(parser->positionalArguments().constFirst());
        return Parsed::Error;
    }
    return Parsed::Options;
}

QString helpText(QCommandLineParser *parser, const QString &command)
{
    // QCommandLineParser names the program as it was started (argv[0]).
    QString text = parser->helpText();
    const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'));
    return QStringLiteral("Usage: qtsignin %1 [options]").arg(command) + text.mid(lineEnd);
}

bool readClient(const QCommandLineParser &parser, QtSignIn::ClientConfiguration *configuration,
                TokenStoreOption *store, QString *error, Need need)
{
    // With --provider the preset names the authority; one given explicitly
    // wins. Plain OAuth 2.0 names no issuer: the library files the tokens
    // under the token endpoint's URL unless --authority names one.
    const bool authorityGiven = parser.isSet(QStringLiteral("authority"));
    const QUrl authority(parser.value(QStringLiteral("authority")), QUrl::StrictMode);
    const bool authorityOptional = parser.isSet(QStringLiteral("provider")) || parser.isSet(QStringLiteral("oauth2"));
    if (authorityGiven || (!authorityOptional && need == Need::ProviderAndClient)) {
        if (!authorityGiven || !authority.isValid() || authority.host().isEmpty()) {
            *error = tr("--authority URL is required");
            return false;
        }
        if (!QtSignIn::isAllowedEndpoint(authority)) {
            *error = tr("--authority must be https (http only on 127.0.0.1, [::1] or localhost)");
            return false;
        }
    }
    if (parser.value(QStringLiteral("client-id")).isEmpty() && need == Need::ProviderAndClient) {
        *error = tr("--client-id ID is required");
        return false;
    }
    if (!ProviderOptions::readPreset(parser, parser.value(QStringLiteral("client-id")), configuration, error))
        return false;
    // An OpenID Connect preset names its provider's endpoints and quirks
    // (Google's client secret among them): given another provider's plain
    // OAuth 2.0 endpoints, they would go to a provider they are not for. A
    // plain OAuth 2.0 preset (GitHub) takes them: GitHub Enterprise Server's.
    if (parser.isSet(QStringLiteral("provider")) && parser.isSet(QStringLiteral("oauth2"))
        && configuration->protocol() != QtSignIn::ClientConfiguration::Protocol::OAuth2) {
        *error = tr("--provider %1 cannot be combined with --oauth2: the preset names its provider's endpoints")
                         .arg(parser.value(QStringLiteral("provider")));
        return false;
    }
    if (!readPlainOAuth2(parser, configuration, error))
        return false;
    if (authorityGiven)
        configuration->setAuthority(authority);
    configuration->setClientId(parser.value(QStringLiteral("client-id")));
    // --app-name is an identifier the person types, never translated, so it
    // stays the storage namespace, and the keychain item keeps its name of
    // 0.2. Given as the earlier application name too, it names the item of
    // 0.1 whose tokens still move.
    configuration->setStorageNamespace(parser.value(QStringLiteral("app-name")));
    configuration->setApplicationName(parser.value(QStringLiteral("app-name")));
    if (!readClientSecret(parser, configuration, need, error))
        return false;
    return TokenStoreOption::parse(parser.value(QStringLiteral("cache")),
                                   parser.value(QStringLiteral("keychain-timeout")), store, error);
}

bool checkClientSecretForSignIn(const QCommandLineParser &parser, const QtSignIn::ClientConfiguration &configuration,
                                QString *error)
{
    if (ProviderOptions::needsClientSecret(parser) && configuration.clientSecret().isEmpty()) {
        *error = tr("--provider %1 needs the app's client secret: --client-secret-file PATH or the "
                    "environment variable %2")
                         .arg(parser.value(QStringLiteral("provider")), clientSecretVariable);
        return false;
    }
    return true;
}

QtSignIn::Branding branding(const QtSignIn::ClientConfiguration &configuration)
{
    // The command line has one name for the app, --app-name, so it is also
    // the name shown.
    QtSignIn::Branding branding;
    branding.setName(configuration.storageNamespace());
    return branding;
}

bool readScopes(const QCommandLineParser &parser, QStringList *scopes, QString *error)
{
    *scopes = parser.values(QStringLiteral("scope"));
    for (const QString &scope : std::as_const(*scopes)) {
        if (scope.isEmpty() || scope.contains(QLatin1Char(' ')) || scope.contains(QLatin1Char('"'))
            || scope.contains(QLatin1Char('\\'))) {
            *error = tr("not a valid scope: \"%1\"").arg(scope);
            return false;
        }
    }
    return true;
}

bool readBrowserCommand(const QCommandLineParser &parser, QString *command, QString *error)
{
    const bool given = parser.isSet(QStringLiteral("browser-command"));
    *command = given ? parser.value(QStringLiteral("browser-command")) : qEnvironmentVariable("BROWSER");
    if (given || !command->isEmpty()) {
        if (QProcess::splitCommand(*command).isEmpty()) {
            *error = given ? tr("--browser-command has no program in it") : tr("$BROWSER has no program in it");
            return false;
        }
    }
    return true;
}

} // namespace ClientOptions
