// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
// The on-disk provider cache reading back a file that may hold anything.
#include "oidc/ProviderDocumentCache.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace QtSignIn;
    static QTemporaryDir directory;
    static const QString authority = QStringLiteral("https://login.example.com");
    static const QString file = [] {
        ProviderDocumentCache cache(directory.path());
        cache.store(authority, ProviderDocumentCache::Document::Discovery, "{}",
                    QDateTime::currentDateTimeUtc().addSecs(60));
        return directory.path() + QLatin1Char('/') + QDir(directory.path()).entryList(QDir::Files).constFirst();
    }();
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 0;
    out.write(reinterpret_cast<const char *>(data), qint64(size));
    out.close();
    ProviderDocumentCache cache(directory.path());
    cache.lookup(authority, ProviderDocumentCache::Document::Discovery, QDateTime::currentDateTimeUtc());
    return 0;
}
