// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include <QtSignIn/EmbeddedUserAgent.h>

#include "EmbeddedUserAgent_p.h"

#include "LinuxAccessibility.h"
#include "Logging_p.h"
#include "RedirectHandOff.h"
#include "RedirectInterceptor.h"
#include "RedirectMatcher.h"
#include "SignInDialog.h"
#include "SignInPage.h"
#include "SignInProfile.h"
#include "SignInProfileChoice.h"

#include <QtCore/QPointer>
#include <QtWidgets/QApplication>

namespace QtSignIn {

class EmbeddedUserAgentPrivate
{
public:
    QString wantedProfileDirectory() const;
    SignInProfile *profileFor(EmbeddedUserAgent *agent);
    void releaseProfile();
    void deletePage();
    void resume(const QUrl &redirect);
    void answerOutcome();

    EmbeddedUserAgent::Persistence persistence = EmbeddedUserAgent::Persistence::Persistent;
    QString profileDirectory;
    QPointer<QWidget> parentWindow;

    SignInProfile *profile = nullptr;
    QPointer<SignInPage> page;
    QPointer<SignInDialog> dialog;
    RedirectHandOff handOff; // open between prepare() and dismiss()
};

QString EmbeddedUserAgentPrivate::wantedProfileDirectory() const
{
    return SignInProfileChoice::wantedDirectory(persistence == EmbeddedUserAgent::Persistence::Private,
                                                profileDirectory);
}

SignInProfile *EmbeddedUserAgentPrivate::profileFor(EmbeddedUserAgent *agent)
{
    const QString directory = wantedProfileDirectory();
    if (profile && !SignInProfileChoice::canReuse(profile->directory(), directory))
        releaseProfile();
    if (!profile)
        profile = new SignInProfile(directory, agent);
    return profile;
}

void EmbeddedUserAgentPrivate::deletePage()
{
    // WebEngine wants every page of a profile gone before the profile.
    delete dialog.data();
    delete page.data();
}

void EmbeddedUserAgentPrivate::releaseProfile()
{
    deletePage();
    delete profile;
    profile = nullptr;
}

// The page and the interceptor may both catch the same redirect; the
// session judges it once. The dialog is asked for after the hand-off: the
// sign-in may have ended, and dismissed this agent, inside it.
void EmbeddedUserAgentPrivate::resume(const QUrl &redirect)
{
    const RedirectHandOff::Outcome outcome = handOff.handOff(redirect);
    RedirectHandOff::show(outcome, dialog.data());
}

void EmbeddedUserAgentPrivate::answerOutcome()
{
    // The app reports the outcome (and a failure's message) itself; a
    // window that only says "done" would be one more thing to close.
    if (dialog)
        dialog->closeQuietly();
}

EmbeddedUserAgent::EmbeddedUserAgent(QObject *parent)
    : UserAgent(parent), d(std::make_unique<EmbeddedUserAgentPrivate>())
{
    // Again here, for an app whose QCoreApplication came after this library
    // was loaded but whose first Qt WebEngine profile comes after this agent.
    enableLinuxAccessibility();
}

EmbeddedUserAgent::~EmbeddedUserAgent()
{
    dismiss();
    d->releaseProfile();
}


EmbeddedUserAgent::Persistence EmbeddedUserAgent::persistence() const { return d->persistence; }
void EmbeddedUserAgent::setPersistence(Persistence persistence) { d->persistence = persistence; }

QString EmbeddedUserAgent::profileDirectory() const { return d->wantedProfileDirectory(); }
void EmbeddedUserAgent::setProfileDirectory(const QString &directory) { d->profileDirectory = directory; }

void EmbeddedUserAgent::setParentWindow(QWidget *window) { d->parentWindow = window; }

QWebEnginePage *embeddedUserAgentPage(const EmbeddedUserAgent *agent)
{
    return agent->d->handOff.isOpen() ? agent->d->page.data() : nullptr;
}

bool EmbeddedUserAgent::endSession(const QUrl &, SignInError *)
{
    clearSession();
    return true;
}

void EmbeddedUserAgent::clearSession()
{
    qCInfo(lcEmbedded) << "clearing the sign-in profile's session";
    if (d->profile)
        d->profile->clearSession();
    if (d->handOff.isOpen())
        return; // a sign-in is showing: its cookies are gone, its files stay
    // Nothing shows: drop the profile and start the next one afresh, so web
    // storage (which Qt 6.4 cannot clear) goes too.
    d->releaseProfile();
    SignInProfile::forget(d->wantedProfileDirectory());
}

UserAgentKind EmbeddedUserAgent::kind() const
{
    return UserAgentKind::Embedded;
}

QUrl EmbeddedUserAgent::prepare(const QUrl &redirectUri, SignInError *error)
{
    dismiss();
    if (!qobject_cast<QApplication *>(QCoreApplication::instance())) {
        *error = SignInError(SignInError::UserAgentUnavailable,
                             QStringLiteral("embedded sign-in needs a QApplication"));
        return {};
    }
    if (!redirectUri.isValid() || redirectUri.scheme().isEmpty()) {
        *error = SignInError(SignInError::InvalidConfiguration,
                             QStringLiteral("the redirect URI is not a valid absolute URL"));
        return {};
    }
    d->deletePage(); // the last sign-in's, if its deletion is still pending
    const RedirectMatcher redirect(redirectUri);
    SignInProfile *profile = d->profileFor(this);
    profile->interceptor()->setRedirect(redirect);

    auto *page = new SignInPage(profile->profile(), redirect);
    d->page = page;
    d->handOff.open();
    const auto caught = [this](const QUrl &url) { d->resume(url); };
    connect(page, &SignInPage::redirectCaught, this, caught);
    connect(profile->interceptor(), &RedirectInterceptor::redirectCaught, page, caught);
    connect(page, &SignInPage::certificateRefused, this, [this](const QString &host, const QString &description) {
        if (d->dialog)
            d->dialog->showProblem(tr("The connection to %1 is not secure (%2); the page was not shown.")
                                           .arg(host, description));
    });
    connect(page, &QWebEnginePage::renderProcessTerminated, this, [this] {
        if (d->dialog)
            d->dialog->showProblem(tr("The sign-in page stopped working. Cancel and try again."));
    });
    connect(page, &QWebEnginePage::loadFinished, this, [this, page](bool ok) {
        qCInfo(lcEmbedded) << "loaded" << page->url().adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo) << ok;
        emit pageLoaded(page->url(), ok);
    });
    // RFC 8252 §7.3 loopback redirects are used as they are: the redirect is
    // caught before it is sent, so no port needs to be chosen or opened.
    return redirectUri;
}

bool EmbeddedUserAgent::present(const QUrl &authorizationUrl, UserAgentSession *session, SignInError *error)
{
    if (!d->handOff.isOpen() || !d->page) {
        *error = SignInError(SignInError::UserAgentUnavailable, QStringLiteral("present() without prepare()"));
        return false;
    }
    d->handOff.setSession(session);
    if (session)
        connect(session, &UserAgentSession::completed, this, [this] { d->answerOutcome(); });
    auto *dialog = new SignInDialog(branding(), d->parentWindow);
    d->dialog = dialog;
    dialog->setWindowModality(d->parentWindow ? Qt::WindowModal : Qt::NonModal);
    dialog->setPage(d->page);
    connect(dialog, &SignInDialog::cancelled, this, [this] {
        qCInfo(lcEmbedded) << "the person closed the sign-in window";
        if (UserAgentSession *signIn = d->handOff.session())
            signIn->cancel();
    });
    qCInfo(lcEmbedded) << "opening the sign-in window on" << authorizationUrl.host();
    d->page->load(authorizationUrl);
    dialog->resize(dialog->sizeHint());
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return true;
}

void EmbeddedUserAgent::dismiss()
{
    if (UserAgentSession *session = d->handOff.session())
        disconnect(session, nullptr, this, nullptr);
    if (!d->handOff.close())
        return;
    // This may run inside a signal of the page or the dialog (a redirect, a
    // Cancel click), so they are deleted later, not here. The interceptor
    // keeps blocking the redirect URI until the next prepare().
    if (d->dialog) {
        disconnect(d->dialog, nullptr, this, nullptr);
        d->dialog->closeQuietly();
        d->dialog->deleteLater();
    }
    if (d->page) {
        disconnect(d->page, nullptr, this, nullptr);
        d->page->triggerAction(QWebEnginePage::Stop);
        d->page->deleteLater();
    }
}

} // namespace QtSignIn
