// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

// A QNetworkAccessManager that never touches the network: every request is
// answered from a table of canned responses keyed by method and URL (query
// ignored), and recorded, so a test can assert what was sent and what was
// not. Replies behave as Qt's own do where HttpExchange looks: they finish
// from the event loop, honour the request's transfer timeout, report
// download progress (the size cap), emit redirected() and wait for
// redirectAllowed() under UserVerifiedRedirectPolicy, and emit sslErrors()
// and fail the handshake unless ignoreSslErrors() is called.

#include <QtCore/QByteArray>
#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QPair>
#include <QtCore/QPointer>
#include <QtCore/QUrl>
#include <QtCore/QUrlQuery>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>

#include <chrono>
#include <functional>

class QJsonObject;

namespace QtSignInTest {

struct CannedResponse
{
    enum class Failure {
        None,
        ConnectionRefused,
        NeverAnswers,   ///< nothing comes; the request's transfer timeout (if any) ends it
        TlsHandshake,   ///< sslErrors(), then a failed handshake unless they are ignored
    };

    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    std::chrono::milliseconds delay{0};
    Failure failure = Failure::None;

    static CannedResponse json(const QJsonObject &object, int status = 200);
    static CannedResponse text(int status, const QByteArray &body = QByteArray(),
                               const QByteArray &contentType = QByteArrayLiteral("text/plain"));
    static CannedResponse redirect(const QUrl &target, int status = 302);
    static CannedResponse failing(Failure failure);

    CannedResponse &withHeader(const QByteArray &name, const QByteArray &value);
    CannedResponse &after(std::chrono::milliseconds wait);
};

struct RecordedRequest
{
    QByteArray method; ///< "GET", "POST", "HEAD", ...
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const;
    /// The body as an application/x-www-form-urlencoded form.
    QUrlQuery form() const;
    QString formValue(const QString &name) const;
};

class CannedNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT
public:
    using Handler = std::function<CannedResponse(const RecordedRequest &)>;

    explicit CannedNetworkAccessManager(QObject *parent = nullptr);
    ~CannedNetworkAccessManager() override;

    /// Answers `method` requests to `url` (its query ignored) with `response`,
    /// or with what `handler` computes from the request. Replaces an earlier
    /// answer for the same key. Unknown URLs get 404.
    void answer(const QByteArray &method, const QUrl &url, const CannedResponse &response);
    void answer(const QByteArray &method, const QUrl &url, const Handler &handler);

    QList<RecordedRequest> requests() const { return m_requests; }
    /// The requests sent with `method` to `url` (query ignored).
    QList<RecordedRequest> requestsTo(const QByteArray &method, const QUrl &url) const;
    void clearRequests() { m_requests.clear(); }

    /// Replies created and not yet finished (aborted ones count as finished).
    int openReplies() const;
    int abortedReplies() const { return m_aborted; }

    // Used by the replies.
    CannedResponse respond(RecordedRequest *request);
    void noteAborted() { ++m_aborted; }

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    static QString keyFor(const QByteArray &method, const QUrl &url);

    QHash<QString, Handler> m_answers;
    QList<RecordedRequest> m_requests;
    QList<QPointer<QNetworkReply>> m_replies;
    int m_aborted = 0;
};

} // namespace QtSignInTest

Q_DECLARE_METATYPE(QtSignInTest::CannedResponse)
