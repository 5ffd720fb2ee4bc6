// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "SecretServiceReader.h"

#include "KeychainItemFormat.h"
#include "Logging_p.h"
#include "SecretServiceApi.h"
#include "SecretServiceCipher.h"

#include <QtDBus/QDBusArgument>
#include <QtDBus/QDBusConnection>
#include <QtDBus/QDBusMessage>
#include <QtDBus/QDBusMetaType>
#include <QtDBus/QDBusObjectPath>
#include <QtDBus/QDBusPendingCallWatcher>
#include <QtDBus/QDBusVariant>

#include <QtCore/QPointer>
#include <QtCore/QTimer>

namespace QtSignIn {

namespace {

using namespace SecretServiceApi;

const QLatin1String notSupported("org.freedesktop.DBus.Error.NotSupported");

QDBusMessage serviceCall(const QString &method)
{
    return QDBusMessage::createMethodCall(SecretServiceApi::serviceName, servicePath, serviceInterface, method);
}

// One (oayays) of GetSecrets' a{o(oayays)}.
struct Secret
{
    QByteArray parameters;
    QByteArray value;
    QString contentType;
};

QMap<QString, Secret> secretsOf(const QVariant &argument)
{
    QMap<QString, Secret> secrets;
    const QDBusArgument map = argument.value<QDBusArgument>();
    map.beginMap();
    while (!map.atEnd()) {
        QDBusObjectPath item;
        QDBusObjectPath session;
        Secret secret;
        map.beginMapEntry();
        map >> item;
        map.beginStructure();
        map >> session >> secret.parameters >> secret.value >> secret.contentType;
        map.endStructure();
        map.endMapEntry();
        secrets.insert(item.path(), secret);
    }
    map.endMap();
    return secrets;
}

} // namespace

QString SecretServiceReading::chooseItem(const Search &any, const Search &base64, QString *whyNot)
{
    if (!any.locked.isEmpty() || !base64.locked.isEmpty()) {
        *whyNot = QStringLiteral("an item is locked");
        return QString();
    }
    if (any.unlocked.isEmpty()) {
        *whyNot = QStringLiteral("no item");
        return QString();
    }
    if (any.unlocked.size() > 1) {
        *whyNot = QStringLiteral("%1 items").arg(any.unlocked.size());
        return QString();
    }
    if (base64.unlocked != any.unlocked) {
        *whyNot = QStringLiteral("the item is not of type base64");
        return QString();
    }
    return any.unlocked.constFirst();
}

std::optional<QByteArray> SecretServiceReading::itemData(const QByteArray &secret, const QString &contentType,
                                                         QString *whyNot)
{
    const bool text = contentType == QLatin1String("text/plain");
    const bool untyped = contentType.isEmpty() || contentType == QLatin1String("application/octet-stream");
    if (!text && !untyped) {
        *whyNot = QStringLiteral("content type %1").arg(contentType);
        return std::nullopt;
    }
    // Base64 text is ASCII, so valid UTF-8 whatever libsecret asks.
    for (const char c : secret) {
        const bool base64 = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '+' || c == '/' || c == '=';
        if (!base64) {
            *whyNot = QStringLiteral("the secret is not base64 text");
            return std::nullopt;
        }
    }
    const QByteArray::FromBase64Result decoded =
            QByteArray::fromBase64Encoding(secret, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        *whyNot = QStringLiteral("the secret is not base64 text");
        return std::nullopt;
    }
    // What QtKeychain computes from the same text.
    Q_ASSERT(decoded.decoded == QByteArray::fromBase64(secret));
    return decoded.decoded;
}

SecretServiceReader::SecretServiceReader(QObject *context, const QString &service,
                                         std::chrono::milliseconds deadline, Done done)
    : QObject(context), m_service(service), m_done(std::move(done)),
      m_deadline(std::chrono::steady_clock::now() + deadline)
{
    registerTypes();
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, deadline] {
        fail(QStringLiteral("no answer within %1 ms").arg(deadline.count()));
    });
    timer->start(deadline);
}

// Gone with its context while a read is under way: the session still closes.
SecretServiceReader::~SecretServiceReader()
{
    closeSession();
}

// The searches need no session: they go first, and the session is opened
// while the service answers them.
void SecretServiceReader::readCache(QObject *context, const QString &service,
                                    std::chrono::milliseconds deadline, Done done)
{
    auto *reader = new SecretServiceReader(context, service, deadline, std::move(done));
    reader->read(KeychainItemFormat::cacheKey(), [reader](const QByteArray &item) {
        const KeychainItemFormat::CacheItem cache = KeychainItemFormat::parseCacheItem(item);
        switch (cache.kind) {
        case KeychainItemFormat::CacheItem::Document:
            return reader->succeed(item);
        case KeychainItemFormat::CacheItem::BrokenManifest:
            return reader->fail(QStringLiteral("a broken manifest"));
        case KeychainItemFormat::CacheItem::Manifest:
            break;
        }
        const KeychainManifest manifest = cache.manifest;
        reader->readParts(manifest.generation, manifest.parts, 0, manifest.size, QByteArray(),
                          [reader, manifest](const QByteArray &document) {
            if (!KeychainItemFormat::verify(manifest, document).isEmpty())
                return reader->fail(QStringLiteral("the parts do not match their manifest"));
            reader->succeed(document);
        });
    });
    reader->openSession(false);
}

void SecretServiceReader::readItem(QObject *context, const QString &service, const QString &key,
                                   std::chrono::milliseconds deadline, Done done)
{
    auto *reader = new SecretServiceReader(context, service, deadline, std::move(done));
    reader->read(key, [reader](const QByteArray &data) { reader->succeed(data); });
    reader->openSession(false);
}

void SecretServiceReader::readParts(qint64 generation, qsizetype parts, qsizetype index, qsizetype size,
                                    QByteArray collected, std::function<void(const QByteArray &)> then)
{
    if (index == parts)
        return then(collected);
    read(KeychainItemFormat::partKey(generation, index),
         [this, generation, parts, index, size, collected, then](const QByteArray &part) {
        if (collected.size() + part.size() > size)
            return fail(QStringLiteral("the parts do not match their manifest"));
        readParts(generation, parts, index + 1, size, collected + part, then);
    });
}

// The algorithm libsecret uses; "plain" only from a service without it.
void SecretServiceReader::openSession(bool plain)
{
    QDBusMessage open = serviceCall(QStringLiteral("OpenSession"));
    if (plain) {
        m_cipher.reset();
        open << QStringLiteral("plain") << QVariant::fromValue(QDBusVariant(QString()));
    } else {
        m_cipher = std::make_unique<SecretServiceCipher>();
        if (!m_cipher->generateKeyPair())
            return fail(QStringLiteral("OpenSSL could not make a Diffie-Hellman key"));
        open << QString::fromLatin1(SecretServiceCipher::algorithm)
             << QVariant::fromValue(QDBusVariant(m_cipher->publicKey()));
    }
    // A session opened after this read ended (its deadline, its context
    // gone) is closed all the same.
    const auto closeLate = [](const QDBusMessage &reply) {
        const QString session = reply.arguments().value(1).value<QDBusObjectPath>().path();
        if (reply.type() == QDBusMessage::ReplyMessage && !session.isEmpty())
            QDBusConnection::sessionBus().send(
                    QDBusMessage::createMethodCall(SecretServiceApi::serviceName, session, sessionInterface, QStringLiteral("Close")));
    };
    call(open, closeLate, [this, plain](const QDBusMessage &reply) {
        if (reply.type() == QDBusMessage::ErrorMessage) {
            if (!plain && reply.errorName() == notSupported)
                return openSession(true);
            return fail(errorText(reply));
        }
        m_session = reply.arguments().value(1).value<QDBusObjectPath>().path();
        if (m_session.isEmpty())
            return fail(QStringLiteral("OpenSession gave no session"));
        const QByteArray servicePublicKey = reply.arguments().value(0).value<QDBusVariant>().variant().toByteArray();
        if (m_cipher && !m_cipher->deriveKey(servicePublicKey)) {
            // Mostly a shared secret with a leading zero byte (1 in 256, see
            // SecretServiceCipher::deriveKey): a new session, new keys.
            closeSession();
            if (++m_sessionsRefused < 3)
                return openSession(false);
            return fail(QStringLiteral("no session key from the service's public key"));
        }
        m_sessionOpen = true;
        if (m_whenSessionOpen)
            std::exchange(m_whenSessionOpen, nullptr)();
    });
}

// Both searches at once: one round trip, not two.
void SecretServiceReader::read(const QString &key, std::function<void(const QByteArray &)> then)
{
    const Attributes attributes{{QStringLiteral("user"), key}, {QStringLiteral("server"), m_service}};
    Attributes base64 = attributes;
    base64.insert(QStringLiteral("type"), QStringLiteral("base64"));
    auto searches = std::make_shared<std::pair<std::optional<SecretServiceReading::Search>,
                                               std::optional<SecretServiceReading::Search>>>();
    const auto answered = [this, key, searches, then] {
        if (!searches->first || !searches->second)
            return;
        QString whyNot;
        const QString item = SecretServiceReading::chooseItem(*searches->first, *searches->second, &whyNot);
        if (item.isEmpty())
            return fail(QStringLiteral("item \"%1\": %2").arg(key, whyNot));
        readSecret(item, then);
    };
    for (const bool typed : {false, true}) {
        QDBusMessage search = serviceCall(QStringLiteral("SearchItems"));
        search << QVariant::fromValue(typed ? base64 : attributes);
        call(search, [this, typed, searches, answered](const QDBusMessage &reply) {
            if (reply.type() == QDBusMessage::ErrorMessage)
                return fail(errorText(reply));
            auto &result = typed ? searches->second : searches->first;
            result = SecretServiceReading::Search{objectPaths(reply.arguments().value(0)),
                                                  objectPaths(reply.arguments().value(1))};
            answered();
        });
    }
}

void SecretServiceReader::readSecret(const QString &path, std::function<void(const QByteArray &)> then)
{
    if (!m_sessionOpen) {
        m_whenSessionOpen = [this, path, then] { readSecret(path, then); };
        return;
    }
    QDBusMessage get = serviceCall(QStringLiteral("GetSecrets"));
    get << QVariant::fromValue(QList<QDBusObjectPath>{QDBusObjectPath(path)})
        << QVariant::fromValue(QDBusObjectPath(m_session));
    call(get, [this, path, then](const QDBusMessage &reply) {
        if (reply.type() == QDBusMessage::ErrorMessage)
            return fail(errorText(reply));
        const QMap<QString, Secret> secrets = secretsOf(reply.arguments().value(0));
        if (!secrets.contains(path))
            return fail(QStringLiteral("GetSecrets gave no secret"));
        const Secret secret = secrets.value(path);
        std::optional<QByteArray> text = secret.value;
        if (m_cipher)
            text = m_cipher->decrypt(secret.parameters, secret.value);
        if (!text)
            return fail(QStringLiteral("the secret does not decrypt"));
        QString whyNot;
        const std::optional<QByteArray> data = SecretServiceReading::itemData(*text, secret.contentType, &whyNot);
        if (!data)
            return fail(whyNot);
        then(*data);
    });
}

void SecretServiceReader::call(const QDBusMessage &message, std::function<void(const QDBusMessage &)> then)
{
    call(message, nullptr, std::move(then));
}

void SecretServiceReader::call(const QDBusMessage &message, std::function<void(const QDBusMessage &)> ifAbandoned,
                               std::function<void(const QDBusMessage &)> then)
{
    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        // Never from inside readCache(): `done` always comes from the event loop.
        QMetaObject::invokeMethod(this, [this] { fail(QStringLiteral("no session bus")); }, Qt::QueuedConnection);
        return;
    }
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(m_deadline - std::chrono::steady_clock::now());
    const QDBusPendingCall pending = bus.asyncCall(message, int(qMax<qint64>(1, left.count())));
    // Owned by the reader, unless its answer matters after the reader is gone.
    auto *watcher = new QDBusPendingCallWatcher(pending, ifAbandoned ? nullptr : this);
    connect(watcher, &QDBusPendingCallWatcher::finished, watcher,
            [reader = QPointer<SecretServiceReader>(this), watcher, then = std::move(then),
             ifAbandoned = std::move(ifAbandoned)] {
        watcher->deleteLater();
        if (reader && reader->m_done)
            then(watcher->reply());
        else if (ifAbandoned)
            ifAbandoned(watcher->reply());
    });
}

void SecretServiceReader::succeed(const QByteArray &data)
{
    if (!m_done)
        return;
    const Done done = std::exchange(m_done, nullptr);
    qCDebug(lcStore).noquote() << QStringLiteral("keychain: read \"%1\" straight from the Secret Service")
                                          .arg(m_service);
    finish();
    done(data, QString());
}

void SecretServiceReader::fail(const QString &why)
{
    if (!m_done)
        return;
    const Done done = std::exchange(m_done, nullptr);
    qCDebug(lcStore).noquote() << QStringLiteral("keychain: read of \"%1\" straight from the Secret Service "
                                                 "did not work (%2); asking QtKeychain")
                                          .arg(m_service, why);
    finish();
    done(std::nullopt, why);
}

// The session key goes, and the session is closed without waiting for the
// answer: nothing depends on it, and the service drops a session whose
// client left anyway.
void SecretServiceReader::closeSession()
{
    m_cipher.reset();
    m_sessionOpen = false;
    if (!m_session.isEmpty()) {
        QDBusConnection::sessionBus().send(QDBusMessage::createMethodCall(
                SecretServiceApi::serviceName, std::exchange(m_session, QString()), sessionInterface, QStringLiteral("Close")));
    }
}

void SecretServiceReader::finish()
{
    closeSession();
    deleteLater();
}

} // namespace QtSignIn
