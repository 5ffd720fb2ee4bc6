// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/UserAgent.h>
#include <QtSignIn/qtsignin_webengine_global.h>

#include <memory>

QT_BEGIN_NAMESPACE
class QWebEnginePage;
class QWidget;
QT_END_NAMESPACE

namespace QtSignIn {

class EmbeddedUserAgentPrivate;

/// The provider's pages in a sign-in dialog of the application itself
/// (Qt WebEngine), for apps that cannot or should not hand the person to the
/// system browser. The redirect to the app is caught inside WebEngine before
/// any request leaves the process, so nothing listens on a port; state, PKCE,
/// nonce and every check of the flow are the same as with the browser.
///
///     auto *agent = new QtSignIn::EmbeddedUserAgent;
///     QtSignIn::Branding branding;
///     branding.setName(tr("Contoso Notes"));
///     branding.setLogoPath(":/logo.svg");
///     agent->setBranding(branding);
///     client->setUserAgent(agent);     // the client takes ownership
///     // or for one sign-in: client->signIn(scopes, options, agent), the agent staying yours
///
/// A redirect it catches goes to the sign-in's UserAgentSession; one that is
/// not this sign-in's is reported in the dialog, which stays open. Closing
/// the dialog cancels the sign-in; once the outcome is known the dialog
/// closes (the app reports the outcome itself).
///
/// Needs a QApplication. Applications that only sometimes need it do not
/// link this library: QtSignIn::EmbeddedUserAgentLoader::create() (in
/// QtSignIn::Core) loads it as a plugin when it is first asked for.
///
/// Screen readers: on Linux, Qt WebEngine hides its pages from them unless
/// QTWEBENGINE_ENABLE_LINUX_ACCESSIBILITY is set when its first profile or
/// page is created. This library sets it (to "1") when the QApplication is
/// constructed, or when the library is loaded if that is later, and again
/// when an EmbeddedUserAgent is constructed; a value the application has set
/// itself is kept. An application that creates its own Qt WebEngine profile
/// or page before either point sets the variable itself.
class QTSIGNIN_WEBENGINE_EXPORT EmbeddedUserAgent : public UserAgent
{
    Q_OBJECT
public:
    /// Persistent (default): the provider's persistent cookies are kept in a
    /// profile of the app's own, so the next sign-in needs no password (single
    /// sign-on); its session cookies last as long as the process.
    /// Private: an off-the-record profile that forgets everything when the
    /// agent goes, for kiosks and shared machines.
    enum class Persistence { Persistent, Private };
    Q_ENUM(Persistence)

    explicit EmbeddedUserAgent(QObject *parent = nullptr);
    ~EmbeddedUserAgent() override;

    Persistence persistence() const;
    void setPersistence(Persistence persistence);

    /// Where the persistent profile lives. Defaults to "sign-in-profile" in
    /// the app's QStandardPaths::AppDataLocation. Takes effect at the next
    /// sign-in.
    QString profileDirectory() const;
    void setProfileDirectory(const QString &directory);

    /// The window the dialog is centred on and modal to; not owned.
    void setParentWindow(QWidget *window);

    /// Signs the person out of the provider as far as this app can: deletes
    /// the profile's cookies (the provider's session), its HTTP cache and its
    /// web storage. The next sign-in asks for the password again.
    void clearSession();

    UserAgentKind kind() const override;
    QUrl prepare(const QUrl &redirectUri, SignInError *error) override;
    bool present(const QUrl &authorizationUrl, UserAgentSession *session, SignInError *error) override;
    void dismiss() override;
    /// Sign-out: the provider's session lives in this profile's cookies, so
    /// forgetting them ends it here (clearSession()); the URL is not shown.
    bool endSession(const QUrl &endSessionUrl, SignInError *error) override;

Q_SIGNALS:
    void pageLoaded(const QUrl &url, bool ok);

private:
    friend QWebEnginePage *embeddedUserAgentPage(const EmbeddedUserAgent *agent); // tests only
    std::unique_ptr<EmbeddedUserAgentPrivate> d;
};

} // namespace QtSignIn
