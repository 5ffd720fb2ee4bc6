// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "ProtectedApiClient.h"

#include <QtCore/QElapsedTimer>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QNetworkRequest>


namespace {
constexpr char tooLargeProperty[] = "qtsignin_demo_too_large";
// RFC 9449 §9: what a nonce may be (1*NQCHAR); anything else is not sent
// back, so an API's answer cannot put arbitrary bytes into a proof. 512:
// the library's own bound, above which SignInClient::dpopProof() makes no
// proof (a retry would then go out without its DPoP header).
constexpr qsizetype maximumNonceSize = 512;

bool isUsableNonce(const QByteArray &nonce)
{
    if (nonce.isEmpty() || nonce.size() > maximumNonceSize)
        return false;
    for (const char c : nonce) {
        if (c < 0x21 || c > 0x7e || c == '"' || c == '\\')
            return false;
    }
    return true;
}
// The API's challenge for the scheme the token went with: a DPoP-bound
// token's request is answered with a DPoP challenge (RFC 9449 §7.1), which
// a claims challenge may still come as Bearer beside or instead of.
QtSignIn::BearerChallenge challengeOf(const QByteArray &header, bool dpop)
{
    if (dpop) {
        const QtSignIn::BearerChallenge challenge =
                QtSignIn::BearerChallenge::parse(header, QtSignIn::BearerChallenge::Scheme::DPoP);
        if (challenge.isValid())
            return challenge;
    }
    return QtSignIn::BearerChallenge::parse(header);
}
} // namespace

ApiCredentials ApiCredentials::bearer(const QtSignIn::Secret &accessToken)
{
    return {QtSignIn::Secret(QByteArrayLiteral("Bearer ") + accessToken.reveal()), {}};
}

ProtectedApiClient::ProtectedApiClient(QNetworkAccessManager *network, const QUrl &baseUrl, QObject *parent)
    : QObject(parent), m_network(network), m_baseUrl(baseUrl)
{
}

void ProtectedApiClient::send(const ApiEndpoint &endpoint, const ApiCredentials &credentials, ApiResponse response)
{
    sendRequest(endpoint, credentials, QByteArray(), response);
}

void ProtectedApiClient::sendRequest(const ApiEndpoint &endpoint, const ApiCredentials &credentials,
                                     const QByteArray &nonce, ApiResponse response)
{
    QUrl url = m_baseUrl;
    QString path = url.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    const QUrl relative(endpoint.path); // a path, and perhaps a query ("/v1.0/me/messages?$top=5")
    url.setPath(path + relative.path());
    if (relative.hasQuery())
        url.setQuery(relative.query(QUrl::FullyEncoded));

    QNetworkRequest request(url);
    request.setRawHeader("Authorization", credentials.authorization.reveal());
    if (credentials.dpopProof) {
        // A proof of its own for each request (RFC 9449 §7.1), for this
        // method and URL; the library leaves the query out (§4.3).
        const QByteArray proof = credentials.dpopProof(endpoint.method.toLatin1(), url, nonce);
        if (!proof.isEmpty())
            request.setRawHeader("DPoP", proof);
        response.dpop = !proof.isEmpty();
        response.dpopNonce = !nonce.isEmpty();
    }
    request.setRawHeader("Accept", "application/json");
    // The token must not follow a redirect to another host.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(30000);

    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply;
    if (endpoint.method == QLatin1String("POST")) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        reply = m_network->post(request, endpoint.body.isEmpty() ? QByteArrayLiteral("{}") : endpoint.body);
    } else {
        reply = m_network->sendCustomRequest(request, endpoint.method.toLatin1());
    }
    // An API's answer is untrusted input: past the limit it is dropped, not
    // buffered until memory runs out.
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received) {
        if (received > maximumBodySize) {
            reply->setProperty(tooLargeProperty, true);
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, timer, response, endpoint, credentials, nonce]() mutable {
        reply->deleteLater();
        response.milliseconds = timer.nsecsElapsed() / 1e6;
        if (reply->property(tooLargeProperty).toBool()) {
            response.reason = tr("the answer was larger than %1 KiB and was not read").arg(maximumBodySize / 1024);
            emit finished(response);
            return;
        }
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.reason = response.status
                ? reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString()
                : reply->errorString();
        response.body = reply->readAll();
        if (response.status == 401 || response.status == 403)
            response.challenge = challengeOf(reply->rawHeader("WWW-Authenticate"), response.dpop);
        // RFC 9449 §9: the API wants a nonce of its own in the proof. Once:
        // an API that asks again after getting one is answered no more.
        const QByteArray apiNonce = reply->rawHeader("DPoP-Nonce");
        if (response.status == 401 && response.dpop && nonce.isEmpty() && isUsableNonce(apiNonce)
            && response.challenge.error() == QtSignIn::BearerChallenge::Error::UseDpopNonce) {
            response.status = 0;
            response.reason.clear();
            response.body.clear();
            response.challenge = QtSignIn::BearerChallenge();
            sendRequest(endpoint, credentials, apiNonce, response);
            return;
        }
        emit finished(response);
    });
}
