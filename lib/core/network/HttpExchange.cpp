// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "HttpExchange.h"

#include "HttpDate.h"
#include "../Logging_p.h"

#include <QtSignIn/ClientConfiguration.h>

#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QNetworkRequest>
#include <QtNetwork/QSslConfiguration>

#include <memory>

namespace QtSignIn {

namespace {

constexpr int maximumRedirects = 3;

// What one exchange's handlers learn along the way, shared by the reply's
// connections: a refusal of ours is an abort to Qt, and only this says why.
struct ExchangeState
{
    enum class Refusal { None, TooLarge, TooManyRedirects, InsecureRedirect };

    QUrl origin;   // where a followed redirect chain started
    int redirects = 0;
    Refusal refusal = Refusal::None;

    void refuse(Refusal why, QNetworkReply *reply)
    {
        if (refusal == Refusal::None)
            refusal = why;
        reply->abort();
    }
};

} // namespace

QNetworkRequest HttpExchange::makeRequest(const QUrl &url) const
{
    QNetworkRequest request(url);
    request.setTransferTimeout(int(m_timeout.count()));
    if (!m_extraCaCertificates.isEmpty()) {
        QSslConfiguration tls = request.sslConfiguration();
        tls.addCaCertificates(m_extraCaCertificates);
        request.setSslConfiguration(tls);
    }
    // GitHub's token endpoint answers form-encoded unless asked for JSON;
    // TokenResponse reads both.
    request.setRawHeader("Accept", "application/json");
    // Some APIs refuse requests without a User-Agent (GitHub's REST API,
    // "User agent required"); ours names the library, never the app's user.
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("QtSignIn/" QTSIGNIN_VERSION_STRING));
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    return request;
}

namespace {

// Why a reply failed below HTTP, in words for the log and the error detail.
QString transportFailure(const QNetworkReply *reply, ExchangeState::Refusal refusal,
                         std::chrono::milliseconds timeout)
{
    switch (refusal) {
    case ExchangeState::Refusal::TooLarge:
        return QStringLiteral("the response is larger than %1 bytes").arg(HttpExchange::maximumResponseSize);
    case ExchangeState::Refusal::TooManyRedirects:
        return QStringLiteral("more than %1 redirects").arg(maximumRedirects);
    case ExchangeState::Refusal::InsecureRedirect:
        return QStringLiteral("refused a redirect to an insecure or non-GET target");
    case ExchangeState::Refusal::None:
        break;
    }
    // Qt's transfer timeout aborts the reply, which it reports as a cancel.
    if (reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError)
        return QStringLiteral("no answer within %1 s").arg(double(timeout.count()) / 1000);
    return reply->errorString();
}

// Errors below HTTP (QNetworkReply's codes 1 to 199: connection, TLS,
// proxy) mean the body cannot be trusted to be complete, even when a status
// line arrived first.
bool failedInTransport(const QNetworkReply *reply, const QVariant &status, ExchangeState::Refusal refusal)
{
    const int error = reply->error();
    return !status.isValid() || status.toInt() < 200 || (error > 0 && error < 200)
            || refusal != ExchangeState::Refusal::None;
}

// `origin` is where a GET started, for judging its redirects; empty for
// requests that follow none.
void watch(QNetworkReply *reply, const QUrl &origin, std::chrono::milliseconds timeout,
           QObject *context, HttpExchange::Callback callback)
{
    const auto state = std::make_shared<ExchangeState>();
    state->origin = origin;
    // Stop reading as soon as the body outgrows any plausible response.
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply, [reply, state](qint64 received, qint64) {
        if (received > HttpExchange::maximumResponseSize)
            state->refuse(ExchangeState::Refusal::TooLarge, reply);
    });
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [reply](const QList<QSslError> &errors) {
        // Logged, never ignored: the reply fails with the handshake.
        for (const QSslError &error : errors)
            qCWarning(lcHttp) << "TLS error from" << reply->url().host() << ":" << error.errorString();
    });
    QObject::connect(reply, &QNetworkReply::redirected, reply, [reply, state](const QUrl &target) {
        // Our own count: Qt 6.4 does not always stop at its maximum.
        if (++state->redirects > maximumRedirects) {
            state->refuse(ExchangeState::Refusal::TooManyRedirects, reply);
        } else if (reply->operation() == QNetworkAccessManager::GetOperation
                   && isAllowedEndpointFor(target, state->origin)) {
            emit reply->redirectAllowed();
        } else {
            qCWarning(lcHttp) << "refusing a redirect to" << target.scheme() << target.host();
            state->refuse(ExchangeState::Refusal::InsecureRedirect, reply);
        }
    });
    // The reply goes away when it finishes, whether or not `context` still exists.
    QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    QObject::connect(reply, &QNetworkReply::finished, context, [reply, state, timeout, callback] {
        HttpResponse response;
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (failedInTransport(reply, status, state->refusal)) {
            response.transportFailed = true;
            response.transportError = status.isValid() && status.toInt() < 200 && reply->error() == 0
                    ? QStringLiteral("unexpected HTTP status %1").arg(status.toInt())
                    : transportFailure(reply, state->refusal, timeout);
        } else {
            response.status = status.toInt();
            response.body = reply->read(HttpExchange::maximumResponseSize + 1);
            response.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
            response.headers = reply->rawHeaderPairs();
            if (response.body.size() > HttpExchange::maximumResponseSize) {
                response = HttpResponse();
                response.transportFailed = true;
                response.transportError = QStringLiteral("the response is too large");
            } else if (response.status >= 300 && response.status < 400) {
                response.transportFailed = true;
                response.transportError = QStringLiteral("unexpected redirect (HTTP %1)").arg(response.status);
            }
        }
        const char *method = reply->operation() == QNetworkAccessManager::PostOperation ? "POST" : "GET";
        qCDebug(lcHttp) << method << loggableUrl(reply->url())
                        << "->" << (response.transportFailed ? response.transportError
                                                             : QString::number(response.status));
        callback(response);
    });
}

// Credentials (a bearer token; a client secret, code or refresh token in a
// form) travel only over TLS, or to this machine (RFC 6749 §1.6 and §10.9,
// RFC 6750 §5.3, RFC 8252 §8.3). Checked here, where every request that
// carries them is made, whatever configuration or document named the
// endpoint: true, and `callback` gets the refusal from the event loop.
bool refusedAsInsecure(const QUrl &url, QObject *context, const HttpExchange::Callback &callback)
{
    if (isAllowedEndpoint(url))
        return false;
    qCWarning(lcHttp) << "refusing to send credentials to" << url.scheme() << url.host() << ": not https";
    HttpResponse response;
    response.transportFailed = true;
    response.transportError = QStringLiteral("refused to send credentials to %1 %2: not https")
                                      .arg(url.scheme(), url.host());
    QMetaObject::invokeMethod(context, [callback, response] { callback(response); }, Qt::QueuedConnection);
    return true;
}

} // namespace

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return QByteArray();
}

HttpExchange::HttpExchange(QNetworkAccessManager *manager, std::chrono::milliseconds timeout,
                           const QList<QSslCertificate> &extraCaCertificates)
    : m_manager(manager), m_timeout(timeout), m_extraCaCertificates(extraCaCertificates)
{
}

std::chrono::seconds HttpResponse::retryAfter(const QDateTime &now) const
{
    const QByteArray value = header("Retry-After").trimmed();
    bool isNumber = false;
    const qint64 seconds = value.toLongLong(&isNumber);
    if (isNumber)
        return std::chrono::seconds(qBound(qint64(0), seconds, qint64(24 * 3600)));
    const QDateTime date = HttpDate::parse(value);
    return std::chrono::seconds(date.isValid() ? qBound(qint64(0), now.secsTo(date), qint64(24 * 3600)) : 0);
}

QNetworkReply *HttpExchange::get(const QUrl &url, QObject *context, Callback callback) const
{
    QNetworkRequest request = makeRequest(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setMaximumRedirectsAllowed(maximumRedirects);
    QNetworkReply *reply = m_manager->get(request);
    // Where the chain started: an https request is never redirected to plain
    // http, not even on loopback (isAllowedEndpointFor).
    watch(reply, url, m_timeout, context, std::move(callback));
    return reply;
}

QNetworkReply *HttpExchange::getWithBearer(const QUrl &url, const QByteArray &accessToken,
                                           QObject *context, Callback callback, const QByteArray &dpopProof) const
{
    if (refusedAsInsecure(url, context, callback))
        return nullptr;
    QNetworkRequest request = makeRequest(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    if (dpopProof.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + accessToken);
    } else {
        request.setRawHeader("Authorization", "DPoP " + accessToken);
        request.setRawHeader("DPoP", dpopProof);
    }
    QNetworkReply *reply = m_manager->get(request);
    watch(reply, QUrl(), m_timeout, context, std::move(callback));
    return reply;
}

QNetworkReply *HttpExchange::postForm(const QUrl &url, const QByteArray &body, QObject *context,
                                      Callback callback, const QByteArray &authorization,
                                      const QByteArray &dpopProof) const
{
    if (refusedAsInsecure(url, context, callback))
        return nullptr;
    QNetworkRequest request = makeRequest(url);
    // A token request is never re-sent elsewhere (RFC 9700 §4.12).
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    if (!authorization.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"), authorization);
    if (!dpopProof.isEmpty())
        request.setRawHeader(QByteArrayLiteral("DPoP"), dpopProof);
    QNetworkReply *reply = m_manager->post(request, body);
    watch(reply, QUrl(), m_timeout, context, std::move(callback));
    return reply;
}

QNetworkReply *HttpExchange::probe(const QUrl &url, std::chrono::milliseconds timeout, QObject *context,
                                   ReachabilityCallback callback) const
{
    QNetworkRequest request = makeRequest(url);
    request.setTransferTimeout(int(timeout.count()));
    // A redirect is an answer too; where it leads is the browser's business.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = m_manager->head(request);
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [reply](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            qCWarning(lcHttp) << "TLS error from" << reply->url().host() << ":" << error.errorString();
    });
    QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    QObject::connect(reply, &QNetworkReply::finished, context, [reply, timeout, callback] {
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        const QString transportError = status.isValid() ? QString() : transportFailure(reply, ExchangeState::Refusal::None, timeout);
        qCDebug(lcHttp) << "HEAD" << loggableUrl(reply->url()) << "->"
                        << (status.isValid() ? QString::number(status.toInt()) : transportError);
        callback(transportError);
    });
    return reply;
}

} // namespace QtSignIn
