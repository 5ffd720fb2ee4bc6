// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtCore/QObject>
#include <QtCore/QString>

QT_BEGIN_NAMESPACE
class QWebEngineProfile;
QT_END_NAMESPACE

namespace QtSignIn {

class RedirectInterceptor;

// The WebEngine profile the sign-in pages run in: the app's own, never the
// default profile another web view of the app might use. Persistent (a
// directory keeps the provider's persistent cookies, "keep me signed in",
// for single sign-on; session cookies live for this process only) or, with
// an empty directory, off the record. Downloads are cancelled; the HTTP
// cache is kept in memory only, so no provider page is written to disk.
class SignInProfile : public QObject
{
    Q_OBJECT
public:
    // An empty `directory` makes an off-the-record profile.
    explicit SignInProfile(const QString &directory, QObject *parent = nullptr);
    ~SignInProfile() override;

    QWebEngineProfile *profile() const { return m_profile; }
    RedirectInterceptor *interceptor() const { return m_interceptor; }
    QString directory() const { return m_directory; }   // empty when off the record

    // Deletes cookies, cache and visited links now.
    void clearSession();

    // Makes the next persistent profile in `directory` start empty: it moves
    // to a fresh generation folder and removes the old ones as far as it can.
    // Web storage (local storage, IndexedDB) has no clearing API in Qt 6.4,
    // and Chromium keeps writing to a profile's folder for a while after the
    // profile is gone, so a new folder is the one reliable way to forget.
    // False when `directory` could not be written.
    static bool forget(const QString &directory);

private:
    QString m_directory;
    QWebEngineProfile *m_profile = nullptr;
    RedirectInterceptor *m_interceptor = nullptr;
};

} // namespace QtSignIn
