// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "CannedNetworkAccessManager.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QTimer>
#include <QtNetwork/QSslError>

namespace QtSignInTest {

namespace {

QByteArray methodOf(QNetworkAccessManager::Operation operation, const QNetworkRequest &request)
{
    switch (operation) {
    case QNetworkAccessManager::HeadOperation: return QByteArrayLiteral("HEAD");
    case QNetworkAccessManager::GetOperation: return QByteArrayLiteral("GET");
    case QNetworkAccessManager::PutOperation: return QByteArrayLiteral("PUT");
    case QNetworkAccessManager::PostOperation: return QByteArrayLiteral("POST");
    case QNetworkAccessManager::DeleteOperation: return QByteArrayLiteral("DELETE");
    default: return request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
    }
}

// One canned exchange, possibly through redirects, delivered from the event
// loop the way QNetworkReplyHttpImpl delivers a real one.
class CannedNetworkReply : public QNetworkReply
{
public:
    CannedNetworkReply(CannedNetworkAccessManager *manager, QNetworkAccessManager::Operation operation, const QNetworkRequest &request,
                       const RecordedRequest &recorded)
        : QNetworkReply(manager), m_manager(manager), m_recorded(recorded)
    {
        setRequest(request);
        setOperation(operation);
        setUrl(request.url());
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        connect(this, &QNetworkReply::redirectAllowed, this, [this] { m_redirectAllowed = true; });
        const int transferTimeout = request.transferTimeout();
        if (transferTimeout > 0) {
            // Qt's transfer timeout: no progress for that long aborts the reply.
            m_transferTimer.setSingleShot(true);
            connect(&m_transferTimer, &QTimer::timeout, this, [this] { abort(); });
            m_transferTimer.start(transferTimeout);
        }
        m_response = m_manager->respond(&m_recorded);
        QTimer::singleShot(m_response.delay, this, [this] { deliver(); });
    }

    void abort() override
    {
        if (isFinished())
            return;
        m_manager->noteAborted();
        failWith(OperationCanceledError, QStringLiteral("Operation canceled"));
    }

    void ignoreSslErrors() override { m_sslErrorsIgnored = true; }

    qint64 bytesAvailable() const override { return m_body.size() - m_offset + QIODevice::bytesAvailable(); }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = qMin<qint64>(maxSize, m_body.size() - m_offset);
        if (count <= 0)
            return isFinished() ? -1 : 0;
        memcpy(data, m_body.constData() + m_offset, size_t(count));
        m_offset += count;
        return count;
    }

private:
    void failWith(NetworkError error, const QString &text)
    {
        m_transferTimer.stop();
        setError(error, text);
        setFinished(true);
        emit errorOccurred(error);
        emit finished();
    }

    void deliver()
    {
        if (isFinished())
            return;
        switch (m_response.failure) {
        case CannedResponse::Failure::None:
            break;
        case CannedResponse::Failure::ConnectionRefused:
            return failWith(ConnectionRefusedError, QStringLiteral("Connection refused"));
        case CannedResponse::Failure::NeverAnswers:
            return; // the transfer timeout, or abort(), ends it
        case CannedResponse::Failure::TlsHandshake: {
            const QList<QSslError> errors{QSslError(QSslError::SelfSignedCertificate)};
            emit sslErrors(errors);
            emit m_manager->sslErrors(this, errors);
            if (isFinished())
                return;
            if (!m_sslErrorsIgnored)
                return failWith(SslHandshakeFailedError, QStringLiteral("SSL handshake failed"));
            break;
        }
        }
        const QUrl location = [this] {
            for (const auto &[name, value] : std::as_const(m_response.headers)) {
                if (name.compare("Location", Qt::CaseInsensitive) == 0)
                    return url().resolved(QUrl::fromEncoded(value));
            }
            return QUrl();
        }();
        const auto policy = request().attribute(QNetworkRequest::RedirectPolicyAttribute);
        const bool isRedirect = m_response.status >= 300 && m_response.status < 400 && location.isValid();
        if (isRedirect && policy.isValid()
            && policy.toInt() == QNetworkRequest::UserVerifiedRedirectPolicy) {
            if (++m_redirects > request().maximumRedirectsAllowed())
                return failWith(TooManyRedirectsError, QStringLiteral("Too many redirects"));
            m_redirectAllowed = false;
            emit redirected(location);
            if (isFinished())
                return;
            if (!m_redirectAllowed)
                return; // Qt waits for redirectAllowed(); nothing else comes
            // Followed: a new request to the target, recorded as such.
            m_recorded.url = location;
            m_recorded.body.clear();
            setUrl(location);
            m_response = m_manager->respond(&m_recorded);
            QTimer::singleShot(m_response.delay, this, [this] { deliver(); });
            return;
        }
        m_transferTimer.stop();
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_response.status);
        for (const auto &[name, value] : std::as_const(m_response.headers)) {
            setRawHeader(name, value);
            if (name.compare("Content-Type", Qt::CaseInsensitive) == 0)
                setHeader(QNetworkRequest::ContentTypeHeader, value);
        }
        if (isRedirect)
            setAttribute(QNetworkRequest::RedirectionTargetAttribute, location);
        emit metaDataChanged();
        m_body = m_response.body;
        if (!m_body.isEmpty()) {
            emit downloadProgress(m_body.size(), m_body.size());
            if (isFinished())
                return; // aborted by a slot (the size cap)
            emit readyRead();
            if (isFinished())
                return;
        }
        setFinished(true);
        emit finished();
    }

    CannedNetworkAccessManager *m_manager;
    RecordedRequest m_recorded;
    CannedResponse m_response;
    QByteArray m_body;
    qint64 m_offset = 0;
    QTimer m_transferTimer;
    int m_redirects = 0;
    bool m_redirectAllowed = false;
    bool m_sslErrorsIgnored = false;
};

} // namespace

CannedResponse CannedResponse::json(const QJsonObject &object, int status)
{
    CannedResponse response;
    response.status = status;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    response.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    return response;
}

CannedResponse CannedResponse::text(int status, const QByteArray &body, const QByteArray &contentType)
{
    CannedResponse response;
    response.status = status;
    response.body = body;
    response.headers.append({QByteArrayLiteral("Content-Type"), contentType});
    return response;
}

CannedResponse CannedResponse::redirect(const QUrl &target, int status)
{
    CannedResponse response;
    response.status = status;
    response.headers.append({QByteArrayLiteral("Location"), target.toEncoded()});
    return response;
}

CannedResponse CannedResponse::failing(Failure failure)
{
    CannedResponse response;
    response.failure = failure;
    return response;
}

CannedResponse &CannedResponse::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}

CannedResponse &CannedResponse::after(std::chrono::milliseconds wait)
{
    delay = wait;
    return *this;
}

QByteArray RecordedRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return QByteArray();
}

QUrlQuery RecordedRequest::form() const
{
    // '+' is a space in a form body; QUrlQuery leaves it alone.
    QByteArray decoded = body;
    decoded.replace('+', "%20");
    return QUrlQuery(QString::fromLatin1(decoded));
}

QString RecordedRequest::formValue(const QString &name) const
{
    return form().queryItemValue(name, QUrl::FullyDecoded);
}

CannedNetworkAccessManager::CannedNetworkAccessManager(QObject *parent) : QNetworkAccessManager(parent) {}

CannedNetworkAccessManager::~CannedNetworkAccessManager() = default;

QString CannedNetworkAccessManager::keyFor(const QByteArray &method, const QUrl &url)
{
    return QString::fromLatin1(method) + QLatin1Char(' ')
            + url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
}

void CannedNetworkAccessManager::answer(const QByteArray &method, const QUrl &url, const CannedResponse &response)
{
    answer(method, url, [response](const RecordedRequest &) { return response; });
}

void CannedNetworkAccessManager::answer(const QByteArray &method, const QUrl &url, const Handler &handler)
{
    m_answers.insert(keyFor(method, url), handler);
}

QList<RecordedRequest> CannedNetworkAccessManager::requestsTo(const QByteArray &method, const QUrl &url) const
{
    QList<RecordedRequest> matching;
    for (const RecordedRequest &request : m_requests) {
        if (keyFor(request.method, request.url) == keyFor(method, url))
            matching.append(request);
    }
    return matching;
}

int CannedNetworkAccessManager::openReplies() const
{
    int open = 0;
    for (const QPointer<QNetworkReply> &reply : m_replies) {
        if (reply && !reply->isFinished())
            ++open;
    }
    return open;
}

CannedResponse CannedNetworkAccessManager::respond(RecordedRequest *request)
{
    m_requests.append(*request);
    const Handler handler = m_answers.value(keyFor(request->method, request->url));
    return handler ? handler(*request) : CannedResponse::text(404, QByteArrayLiteral("not canned"));
}

QNetworkReply *CannedNetworkAccessManager::createRequest(Operation operation, const QNetworkRequest &request,
                                                         QIODevice *outgoingData)
{
    RecordedRequest recorded;
    recorded.method = methodOf(operation, request);
    recorded.url = request.url();
    for (const QByteArray &name : request.rawHeaderList())
        recorded.headers.append({name, request.rawHeader(name)});
    if (outgoingData)
        recorded.body = outgoingData->readAll();
    auto *reply = new CannedNetworkReply(this, operation, request, recorded);
    m_replies.append(reply);
    return reply;
}

} // namespace QtSignInTest
