// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include <QtSignIn/TestProvider.h>

#include "TestProvider_p.h"

#include <QtSignIn/ClientConfiguration.h>

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QLoggingCategory>
#include <QtCore/QRandomGenerator>
#include <QtHttpServer/QHttpServerRequest>
#include <QtNetwork/QHostAddress>

namespace QtSignIn {

// Each request and its answer's status: why a test's sign-in was refused.
// Paths only: queries and bodies carry codes and tokens.
Q_LOGGING_CATEGORY(lcTestProvider, "qtsignin.test.provider", QtInfoMsg)

QUrlQuery formParameters(const QByteArray &encoded)
{
    // QUrlQuery reads '+' literally; in a form body it is a space.
    QByteArray spaced = encoded;
    spaced.replace('+', "%20");
    return QUrlQuery(QString::fromUtf8(spaced));
}

QString parameter(const QUrlQuery &parameters, const char *name)
{
    return parameters.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
}

QString randomToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString requestedAcr(const QString &claimsParameter)
{
    const QJsonObject claims = QJsonDocument::fromJson(claimsParameter.toUtf8()).object();
    for (const char *member : {"id_token", "access_token", "userinfo"}) {
        const QJsonObject acr = claims.value(QLatin1String(member)).toObject().value(QLatin1String("acr")).toObject();
        if (acr.value(QLatin1String("value")).isString())
            return acr.value(QLatin1String("value")).toString();
        const QJsonArray values = acr.value(QLatin1String("values")).toArray();
        if (!values.isEmpty() && values.first().isString())
            return values.first().toString();
    }
    return {};
}

TestProviderPrivate::TestProviderPrivate(TestProvider *q) : q(q)
{
    users.append(TestUser(QStringLiteral("test-user-1"), QStringLiteral("test.user"), QStringLiteral("Test User"),
                          QStringLiteral("test.user@example.test")));
}

qint64 TestProviderPrivate::now() const
{
    return q->currentTime().toSecsSinceEpoch();
}

QUrl TestProviderPrivate::endpoint(const QString &path) const
{
    if (!port)
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port);
    url.setPath(path);
    return url;
}

std::optional<TestUser> TestProviderPrivate::user(const QString &subject) const
{
    for (const TestUser &candidate : users) {
        if (candidate.subject() == subject)
            return candidate;
    }
    return std::nullopt;
}

bool TestProviderPrivate::isAllowedRedirectUri(const QUrl &uri) const
{
    // RFC 8252 §7.3: http on a loopback host, any port; no fragment (RFC 6749 §3.1.2).
    if (!uri.isValid() || uri.scheme() != QLatin1String("http") || uri.hasFragment() || !uri.userInfo().isEmpty())
        return false;
    return isLoopbackHost(uri.host());
}

HttpAnswer TestProviderPrivate::answer(const QHttpServerRequest &request)
{
    using Method = QHttpServerRequest::Method;
    const QString path = request.url().path();
    const bool get = request.method() == Method::Get;
    const bool post = request.method() == Method::Post;
    if (path == QLatin1String("/.well-known/openid-configuration") && get)
        return discovery();
    if (path == QLatin1String("/jwks") && get)
        return jwks();
    if (path == QLatin1String("/authorize") && get)
        return authorize(request.query());
    if (path == QLatin1String("/token") && post)
        return token(formParameters(request.body()));
    if (path == QLatin1String("/userinfo") && (get || post))
        return userInfo(request);
    if (path == QLatin1String("/revoke") && post)
        return revoke(formParameters(request.body()));
    if (path == QLatin1String("/end_session") && get)
        return endSession(request.query());
    if (path == QLatin1String("/device_authorization") && post)
        return authorizeDevice(formParameters(request.body()));
    if (path == QLatin1String("/device") && get)
        return HttpAnswer::page(QStringLiteral("Enter the code shown on your device."), 200);
    return HttpAnswer::page(QStringLiteral("Not found"), 404);
}

HttpAnswer TestProviderPrivate::discovery() const
{
    const auto list = [](std::initializer_list<const char *> values) {
        QJsonArray array;
        for (const char *value : values)
            array.append(QLatin1String(value));
        return array;
    };
    return HttpAnswer::json(QJsonObject{
            {QStringLiteral("issuer"), q->issuer().toString()},
            {QStringLiteral("authorization_endpoint"), q->authorizationEndpoint().toString()},
            {QStringLiteral("token_endpoint"), q->tokenEndpoint().toString()},
            {QStringLiteral("userinfo_endpoint"), q->userInfoEndpoint().toString()},
            {QStringLiteral("jwks_uri"), q->jwksUri().toString()},
            {QStringLiteral("revocation_endpoint"), q->revocationEndpoint().toString()},
            {QStringLiteral("end_session_endpoint"), q->endSessionEndpoint().toString()},
            {QStringLiteral("device_authorization_endpoint"), q->deviceAuthorizationEndpoint().toString()},
            {QStringLiteral("response_types_supported"), list({"code"})},
            {QStringLiteral("grant_types_supported"), list({"authorization_code", "refresh_token", "urn:ietf:params:oauth:grant-type:device_code"})},
            {QStringLiteral("subject_types_supported"), list({"public"})},
            {QStringLiteral("id_token_signing_alg_values_supported"), list({"ES256"})},
            {QStringLiteral("code_challenge_methods_supported"), list({"S256"})},
            {QStringLiteral("token_endpoint_auth_methods_supported"), list({"none"})},
            {QStringLiteral("scopes_supported"), list({"openid", "profile", "email", "offline_access"})},
            {QStringLiteral("claims_supported"),
             list({"sub", "iss", "aud", "exp", "iat", "auth_time", "nonce", "acr", "name", "email",
                   "preferred_username"})},
            {QStringLiteral("claims_parameter_supported"), true},
            // RFC 9207: the authorization response names its issuer.
            {QStringLiteral("authorization_response_iss_parameter_supported"), true},
    });
}

HttpAnswer TestProviderPrivate::jwks() const
{
    HttpAnswer answer = HttpAnswer::json(QJsonObject{{QStringLiteral("keys"), QJsonArray{signingKey.publicJwk()}}});
    answer.contentType = "application/jwk-set+json";
    return answer;
}

HttpAnswer TestProviderPrivate::userInfo(const QHttpServerRequest &request) const
{
    QByteArray authorization;
    for (const auto &header : request.headers()) {
        if (header.first.compare("authorization", Qt::CaseInsensitive) == 0)
            authorization = header.second;
    }
    const QString token = authorization.startsWith("Bearer ") ? QString::fromLatin1(authorization.mid(7)) : QString();
    const auto grant = accessTokens.constFind(token);
    std::optional<TestUser> person;
    if (grant != accessTokens.constEnd() && grant->expiresAt > now())
        person = user(grant->subject);
    if (!person) {
        // RFC 6750 §3.1.
        HttpAnswer answer = HttpAnswer::page(QStringLiteral("The access token is not valid."), 401);
        answer.headers.emplaceBack("WWW-Authenticate", R"(Bearer error="invalid_token")");
        return answer;
    }
    return HttpAnswer::json(QJsonObject{
            {QStringLiteral("sub"), person->subject()},
            {QStringLiteral("preferred_username"), person->username()},
            {QStringLiteral("name"), person->name()},
            {QStringLiteral("email"), person->email()},
    });
}

HttpAnswer TestProviderPrivate::revoke(const QUrlQuery &form)
{
    if (parameter(form, "client_id") != clientId)
        return HttpAnswer::oauthError(QStringLiteral("invalid_client"), QStringLiteral("unknown client"), 401);
    // RFC 7009 §2.2: an unknown or already invalid token is answered with 200 too.
    const QString token = parameter(form, "token");
    if (refreshTokens.remove(token) + accessTokens.remove(token) > 0)
        Q_EMIT q->tokenRevoked();
    return HttpAnswer::page(QString(), 200);
}

HttpAnswer TestProviderPrivate::endSession(const QUrlQuery &query) const
{
    const QUrl back(parameter(query, "post_logout_redirect_uri"));
    if (!back.isEmpty() && isAllowedRedirectUri(back)) {
        QUrl target = back;
        const QString state = parameter(query, "state");
        if (!state.isEmpty())
            target.setQuery(QUrlQuery{{QStringLiteral("state"), state}});
        return HttpAnswer::redirect(target);
    }
    return HttpAnswer::page(QStringLiteral("You are signed out."), 200);
}

// ---- TestProvider ---------------------------------------------------------

TestProvider::TestProvider(QObject *parent) : QObject(parent), d(std::make_unique<TestProviderPrivate>(this)) {}

TestProvider::~TestProvider() = default;

bool TestProvider::listen(quint16 port)
{
    if (d->server || !d->signingKey.isValid())
        return d->server != nullptr;
    auto *server = new TestHttpServer(
            [this](const QHttpServerRequest &request) {
                HttpAnswer answer = d->answer(request);
                qCDebug(lcTestProvider) << request.method() << request.url().path() << "->" << answer.status;
                if (answer.status >= 400)
                    qCInfo(lcTestProvider).noquote() << request.url().path() << "answered" << answer.status
                                                     << QString::fromUtf8(answer.body.left(300));
                return answer;
            },
            this);
    d->port = server->listen(QHostAddress::LocalHost, port);
    if (!d->port) {
        delete server;
        return false;
    }
    d->server = server;
    return true;
}

bool TestProvider::isListening() const { return d->server != nullptr; }

QUrl TestProvider::issuer() const { return d->endpoint(QString()); }
QUrl TestProvider::authorizationEndpoint() const { return d->endpoint(QStringLiteral("/authorize")); }
QUrl TestProvider::tokenEndpoint() const { return d->endpoint(QStringLiteral("/token")); }
QUrl TestProvider::userInfoEndpoint() const { return d->endpoint(QStringLiteral("/userinfo")); }
QUrl TestProvider::jwksUri() const { return d->endpoint(QStringLiteral("/jwks")); }
QUrl TestProvider::revocationEndpoint() const { return d->endpoint(QStringLiteral("/revoke")); }
QUrl TestProvider::endSessionEndpoint() const { return d->endpoint(QStringLiteral("/end_session")); }
QUrl TestProvider::deviceAuthorizationEndpoint() const { return d->endpoint(QStringLiteral("/device_authorization")); }

QString TestProvider::clientId() const { return d->clientId; }
void TestProvider::setClientId(const QString &clientId) { d->clientId = clientId; }

ClientConfiguration TestProvider::clientConfiguration() const
{
    ClientConfiguration configuration;
    configuration.setAuthority(issuer());
    configuration.setClientId(d->clientId);
    configuration.setRedirectUri(QUrl(QStringLiteral("http://127.0.0.1/")));
    configuration.setProviderCaching(ClientConfiguration::ProviderCaching::MemoryOnly);
    return configuration;
}

QList<TestUser> TestProvider::users() const { return d->users; }
void TestProvider::setUsers(const QList<TestUser> &users) { d->users = users; }
void TestProvider::addUser(const TestUser &user) { d->users.append(user); }

QString TestProvider::signInSubject() const
{
    if (!d->signInSubject.isEmpty() || d->users.isEmpty())
        return d->signInSubject;
    return d->users.first().subject();
}

void TestProvider::setSignInSubject(const QString &subject) { d->signInSubject = subject; }

TestProvider::Consent TestProvider::consent() const { return d->consent; }
void TestProvider::setConsent(Consent consent) { d->consent = consent; }

void TestProvider::failNextTokenRequest(const QString &error, const QString &description, int httpStatus)
{
    d->nextTokenError = TestProviderPrivate::PlannedError{error, description, httpStatus};
}

void TestProvider::setNextIdTokenDefect(IdTokenDefect defect) { d->nextIdTokenDefect = defect; }

std::chrono::seconds TestProvider::accessTokenLifetime() const { return d->accessTokenLifetime; }
void TestProvider::setAccessTokenLifetime(std::chrono::seconds lifetime) { d->accessTokenLifetime = lifetime; }
std::chrono::seconds TestProvider::refreshTokenLifetime() const { return d->refreshTokenLifetime; }
void TestProvider::setRefreshTokenLifetime(std::chrono::seconds lifetime) { d->refreshTokenLifetime = lifetime; }

QDateTime TestProvider::currentTime() const
{
    if (d->stoppedTime)
        return *d->stoppedTime;
    return QDateTime::currentDateTimeUtc().addSecs(d->clockOffset);
}

void TestProvider::setCurrentTime(const QDateTime &time) { d->stoppedTime = time.toUTC(); }

void TestProvider::advanceTime(std::chrono::seconds seconds)
{
    if (d->stoppedTime)
        d->stoppedTime = d->stoppedTime->addSecs(seconds.count());
    else
        d->clockOffset += seconds.count();
}

QByteArray TestProvider::insufficientClaimsChallenge(const QJsonObject &claims)
{
    const QByteArray encoded = QJsonDocument(claims).toJson(QJsonDocument::Compact)
                                       .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return R"(Bearer error="insufficient_claims", claims=")" + encoded + '"';
}

bool TestProvider::approveDevice(const QString &userCode)
{
    return d->settleDevice(userCode, TestDeviceAuthorization::State::Approved);
}

bool TestProvider::denyDevice(const QString &userCode)
{
    return d->settleDevice(userCode, TestDeviceAuthorization::State::Denied);
}

std::chrono::seconds TestProvider::devicePollingInterval() const { return d->devicePollingInterval; }
void TestProvider::setDevicePollingInterval(std::chrono::seconds interval) { d->devicePollingInterval = interval; }

int TestProvider::tokenRequestCount() const { return d->tokenRequestCount; }
QUrl TestProvider::lastAuthorizationRequest() const { return d->lastAuthorizationRequest; }

bool TestProvider::isTokenActive(const QString &token) const
{
    const qint64 now = d->now();
    const auto refresh = d->refreshTokens.constFind(token);
    if (refresh != d->refreshTokens.constEnd())
        return refresh->expiresAt > now;
    const auto access = d->accessTokens.constFind(token);
    return access != d->accessTokens.constEnd() && access->expiresAt > now;
}

} // namespace QtSignIn
