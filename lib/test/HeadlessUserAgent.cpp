// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include <QtSignIn/HeadlessUserAgent.h>

#include <QtSignIn/ClientConfiguration.h>
#include <QtSignIn/TestProvider.h>
#include <QtSignIn/UserAgentSession.h>

#include <QtCore/QPointer>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QNetworkRequest>

namespace QtSignIn {

class HeadlessUserAgentPrivate
{
public:
    QPointer<TestProvider> provider;
    QNetworkAccessManager network;
    QPointer<UserAgentSession> session;
    QPointer<QNetworkReply> pending;

    /// Whether `url`, without its query, is `endpoint` of the provider.
    bool isProviderEndpoint(const QUrl &url, const QUrl &endpoint) const
    {
        return provider && endpoint.isValid()
                && url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment) == endpoint;
    }

    QNetworkReply *get(const QUrl &url)
    {
        QNetworkRequest request(url);
        // A browser would follow the redirect to the app; here it is handed
        // over instead, and nothing listens there.
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        return network.get(request);
    }

    void finishAuthorization(QNetworkReply *reply);
};

void HeadlessUserAgentPrivate::finishAuthorization(QNetworkReply *reply)
{
    reply->deleteLater();
    if (reply != pending)
        return;
    pending.clear();
    const QPointer<UserAgentSession> current = session;
    if (!current)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QUrl location = reply->url().resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
    if (status != 302 && status != 303) {
        const QString page = QString::fromUtf8(reply->readAll().left(500));
        current->fail(SignInError(SignInError::UserAgentUnavailable,
                                  status ? QStringLiteral("the test provider answered the authorization request "
                                                          "with HTTP %1, not a redirect: %2")
                                                   .arg(status)
                                                   .arg(page)
                                         : QStringLiteral("the test provider did not answer the authorization "
                                                          "request: %1")
                                                   .arg(reply->errorString())));
        return;
    }
    // Nothing else will reach the redirect URI: a response the sign-in does
    // not take ends it rather than leave it waiting.
    if (!current->resume(location) && current && !current->isCompleted()) {
        current->fail(SignInError(SignInError::UserAgentUnavailable,
                                  QStringLiteral("the sign-in did not take the test provider's redirect")));
    }
}

HeadlessUserAgent::HeadlessUserAgent(TestProvider *provider, QObject *parent)
    : UserAgent(parent), d(std::make_unique<HeadlessUserAgentPrivate>())
{
    d->provider = provider;
}

HeadlessUserAgent::~HeadlessUserAgent()
{
    HeadlessUserAgent::dismiss();
}

UserAgentKind HeadlessUserAgent::kind() const { return UserAgentKind::Custom; }

QUrl HeadlessUserAgent::prepare(const QUrl &redirectUri, SignInError *error)
{
    if (redirectUri.scheme() != QLatin1String("http") || !isLoopbackHost(redirectUri.host())) {
        *error = SignInError(SignInError::InvalidConfiguration,
                             QStringLiteral("HeadlessUserAgent takes http redirect URIs on a loopback host only"));
        return {};
    }
    return redirectUri;
}

bool HeadlessUserAgent::present(const QUrl &authorizationUrl, UserAgentSession *session, SignInError *error)
{
    if (!d->provider) {
        *error = SignInError(SignInError::UserAgentUnavailable,
                             QStringLiteral("HeadlessUserAgent: its TestProvider is gone"));
        return false;
    }
    if (!d->isProviderEndpoint(authorizationUrl, d->provider->authorizationEndpoint())) {
        *error = SignInError(SignInError::UserAgentUnavailable,
                             QStringLiteral("HeadlessUserAgent signs in only at its TestProvider's authorization "
                                            "endpoint %1, not at %2")
                                     .arg(d->provider->authorizationEndpoint().toString(),
                                          authorizationUrl.adjusted(QUrl::RemoveQuery).toString()));
        return false;
    }
    HeadlessUserAgent::dismiss();
    d->session = session;
    QNetworkReply *reply = d->get(authorizationUrl);
    d->pending = reply;
    // finished() is emitted from the event loop, never inside present().
    connect(reply, &QNetworkReply::finished, this, [this, reply] { d->finishAuthorization(reply); });
    return true;
}

void HeadlessUserAgent::dismiss()
{
    d->session.clear();
    if (QNetworkReply *reply = d->pending.data()) {
        d->pending.clear();
        reply->abort();
    }
}

bool HeadlessUserAgent::endSession(const QUrl &endSessionUrl, SignInError *error)
{
    if (endSessionUrl.isEmpty())
        return true;
    if (!d->isProviderEndpoint(endSessionUrl, d->provider ? d->provider->endSessionEndpoint() : QUrl())) {
        *error = SignInError(SignInError::UserAgentUnavailable,
                             QStringLiteral("HeadlessUserAgent ends sessions only at its TestProvider"));
        return false;
    }
    QNetworkReply *reply = d->get(endSessionUrl);
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    return true;
}

} // namespace QtSignIn
