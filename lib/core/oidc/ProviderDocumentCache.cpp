// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "ProviderDocumentCache.h"

#include "../Logging_p.h"
#include "../network/HttpDate.h"
#include "../network/HttpExchange.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QSaveFile>
#include <QtCore/QStandardPaths>

namespace QtSignIn {

namespace {

constexpr int formatVersion = 1;
constexpr qint64 defaultLifetime = 24 * 3600;
constexpr qint64 maximumLifetime = 7 * 24 * 3600;

const char *nameOf(ProviderDocumentCache::Document document)
{
    return document == ProviderDocumentCache::Document::Discovery ? "discovery" : "jwks";
}

} // namespace

ProviderDocumentCache::ProviderDocumentCache(const QString &directory) : m_directory(directory) {}

QString ProviderDocumentCache::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
            + QStringLiteral("/qtsignin-providers");
}

QString ProviderDocumentCache::fileFor(const QString &authority, Document document) const
{
    const QByteArray key = authority.toUtf8() + '\n' + nameOf(document);
    const QByteArray digest = QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex();
    return m_directory + QLatin1Char('/') + QString::fromLatin1(digest.left(40))
            + QStringLiteral(".json");
}

std::optional<ProviderDocumentCache::Entry> ProviderDocumentCache::lookup(const QString &authority, Document document,
                                                        const QDateTime &now) const
{
    if (m_directory.isEmpty())
        return std::nullopt;
    QFile file(fileFor(authority, document));
    if (!file.open(QIODevice::ReadOnly) || file.size() > 2 * HttpExchange::maximumResponseSize)
        return std::nullopt;
    const QJsonObject entry = QJsonDocument::fromJson(file.readAll()).object();
    if (entry.value(QLatin1String("version")).toInt() != formatVersion
        || entry.value(QLatin1String("authority")).toString() != authority
        || entry.value(QLatin1String("document")).toString() != QLatin1String(nameOf(document))) {
        return std::nullopt;
    }
    // Range-check before converting: a double beyond qint64 is undefined behaviour.
    const double storedFreshUntil = entry.value(QLatin1String("fresh_until")).toDouble();
    if (!(storedFreshUntil > 0 && storedFreshUntil < 253402300800.0)) // up to year 9999
        return std::nullopt;
    const qint64 freshUntil = qint64(storedFreshUntil);
    if (freshUntil <= now.toSecsSinceEpoch()
        || freshUntil > now.toSecsSinceEpoch() + maximumLifetime) {
        return std::nullopt;
    }
    qCDebug(lcDiscovery) << "using the stored" << nameOf(document) << "for" << authority;
    return Entry{entry.value(QLatin1String("body")).toString().toUtf8(),
                 QDateTime::fromSecsSinceEpoch(freshUntil, Qt::UTC)};
}

void ProviderDocumentCache::store(const QString &authority, Document document,
                                  const QByteArray &body, const QDateTime &freshUntil) const
{
    if (m_directory.isEmpty() || !freshUntil.isValid())
        return;
    if (!QDir().mkpath(m_directory)) {
        qCWarning(lcDiscovery) << "cannot create the provider cache directory" << m_directory;
        return;
    }
    const QJsonObject entry{
        {QStringLiteral("version"), formatVersion},
        {QStringLiteral("authority"), authority},
        {QStringLiteral("document"), QLatin1String(nameOf(document))},
        {QStringLiteral("fresh_until"), double(freshUntil.toSecsSinceEpoch())},
        {QStringLiteral("body"), QString::fromUtf8(body)},
    };
    QSaveFile file(fileFor(authority, document));
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(entry).toJson(QJsonDocument::Compact)) < 0 || !file.commit()) {
        qCWarning(lcDiscovery) << "cannot store the provider's" << nameOf(document) << ":"
                               << file.errorString();
    }
}

QDateTime ProviderDocumentCache::freshUntil(const HttpResponse &response, const QDateTime &now)
{
    const QList<QByteArray> directives = response.header("Cache-Control").toLower().split(',');
    qint64 lifetime = -1;
    for (QByteArray directive : directives) {
        directive = directive.trimmed();
        if (directive == "no-store" || directive == "no-cache")
            return QDateTime();
        if (directive.startsWith("max-age=")) {
            bool ok = false;
            const qint64 maxAge = directive.mid(8).toLongLong(&ok);
            if (ok && maxAge >= 0)
                lifetime = maxAge;
        }
    }
    if (lifetime >= 0) {
        bool ok = false;
        const qint64 age = response.header("Age").trimmed().toLongLong(&ok);
        if (ok && age > 0)
            lifetime -= age;
    } else if (!response.header("Expires").isEmpty()) {
        const QDateTime expires = HttpDate::parse(response.header("Expires"));
        // RFC 9111 §5.3: an invalid date (e.g. "0") means already expired.
        lifetime = expires.isValid() ? now.secsTo(expires) : 0;
    } else {
        lifetime = defaultLifetime;
    }
    if (lifetime <= 0)
        return QDateTime();
    return now.addSecs(qMin(lifetime, maximumLifetime));
}

} // namespace QtSignIn
