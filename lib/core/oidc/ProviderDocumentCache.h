// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QDateTime>
#include <QtCore/QString>

#include <optional>

namespace QtSignIn {

struct HttpResponse;

// The provider's public documents (discovery and JWKS) kept on disk between
// runs, so a second start signs in without fetching them again. They are
// public, so a cache directory rather than the keychain. Whatever is read
// back is untrusted input: callers parse and validate it as if it had just
// come from the network.
class ProviderDocumentCache
{
public:
    enum class Document { Discovery, Keys };

    // An empty directory keeps nothing on disk.
    explicit ProviderDocumentCache(const QString &directory = QString());

    struct Entry
    {
        QByteArray body;
        QDateTime freshUntil;
    };

    // The stored document for `authority` while it is fresh at `now`.
    std::optional<Entry> lookup(const QString &authority, Document document,
                                     const QDateTime &now) const;

    // Stores atomically; failures (read-only or full disk) only cost the next
    // run a fetch, so they are logged and otherwise ignored.
    void store(const QString &authority, Document document, const QByteArray &body,
               const QDateTime &freshUntil) const;

    // How long a response may be reused (RFC 9111 §4.2): Cache-Control
    // max-age less Age, else Expires, else a day; never beyond a week.
    // Invalid for no-store and for no-cache: such a document is used once.
    static QDateTime freshUntil(const HttpResponse &response, const QDateTime &now);

    static QString defaultDirectory();

private:
    QString fileFor(const QString &authority, Document document) const;

    QString m_directory;
};

} // namespace QtSignIn
