// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "EmbeddedSignIn.h"

#include "EmbeddedProfileFolder_p.h"
#include "LinuxAccessibility.h"
#include "Logging_p.h"
#include "RedirectHandOff.h"
#include "RedirectInterceptor.h"
#include "RedirectMatcher.h"
#include "SignInProfileChoice.h"
#include "SignInWindowController.h"

#include <QtCore/QPointer>
#include <QtGui/QGuiApplication>
#include <QtQml/QQmlComponent>
#include <QtQml/QQmlEngine>
#include <QtWebEngineCore/QWebEngineCookieStore>
#include <QtWebEngineQuick/QQuickWebEngineProfile>

namespace QtSignIn {

class EmbeddedSignInPrivate
{
public:
    explicit EmbeddedSignInPrivate(EmbeddedSignIn *q) : q(q) { }

    QString wantedProfileDirectory() const;
    QQuickWebEngineProfile *profileFor(const QString &directory);
    void releaseProfile();
    void deleteWindow();
    QQmlEngine *engine();
    void resume(const QUrl &redirect);
    void closeQuietly();
    void setPresenting(bool presenting);

    EmbeddedSignIn *q;
    EmbeddedSignIn::Persistence persistence = EmbeddedSignIn::Persistence::Persistent;
    QString profileDirectory;
    QPointer<QWindow> transientParent;

    QQuickWebEngineProfile *profile = nullptr;
    QString openProfileDirectory; // empty: off the record
    RedirectInterceptor *interceptor = nullptr;
    std::unique_ptr<QQmlEngine> ownEngine; // only when not created by QML
    QPointer<SignInWindowController> controller;
    QPointer<QWindow> window;
    RedirectHandOff handOff; // open between prepare() and dismiss()
    bool presenting = false;
};

QString EmbeddedSignInPrivate::wantedProfileDirectory() const
{
    return SignInProfileChoice::wantedDirectory(persistence == EmbeddedSignIn::Persistence::Private,
                                                profileDirectory);
}

// The widget dialog's profile (SignInProfile), for Qt Quick's profile class:
// the app's own (never the default profile another view might use),
// persistent cookies as the provider sets them, the HTTP cache in memory.
QQuickWebEngineProfile *EmbeddedSignInPrivate::profileFor(const QString &directory)
{
    if (profile && !SignInProfileChoice::canReuse(openProfileDirectory, directory))
        releaseProfile();
    if (profile)
        return profile;
    profile = new QQuickWebEngineProfile(q);
    if (directory.isEmpty()) {
        profile->setOffTheRecord(true);
    } else {
        profile->setStorageName(QStringLiteral("QtSignIn"));
        const QString storage = EmbeddedProfileFolder::liveProfilePath(directory);
        profile->setOffTheRecord(false);
        profile->setPersistentStoragePath(storage);
        profile->setCachePath(storage + QStringLiteral("/cache"));
        profile->setPersistentCookiesPolicy(QQuickWebEngineProfile::AllowPersistentCookies);
    }
    profile->setHttpCacheType(QQuickWebEngineProfile::MemoryHttpCache);
    profile->setSpellCheckEnabled(false);
    openProfileDirectory = directory;
    interceptor = new RedirectInterceptor(profile);
    profile->setUrlRequestInterceptor(interceptor);
    return profile;
}

void EmbeddedSignInPrivate::deleteWindow()
{
    // WebEngine wants every view of a profile gone before the profile.
    delete window.data();
    delete controller.data();
}

void EmbeddedSignInPrivate::releaseProfile()
{
    deleteWindow();
    if (profile)
        profile->setUrlRequestInterceptor(nullptr);
    delete profile;
    profile = nullptr;
    interceptor = nullptr;
}

QQmlEngine *EmbeddedSignInPrivate::engine()
{
    if (QQmlEngine *own = qmlEngine(q))
        return own;
    // Created in C++: an engine of its own for the window.
    if (!ownEngine)
        ownEngine = std::make_unique<QQmlEngine>();
    return ownEngine.get();
}

// The page and the interceptor may both catch the same redirect; the
// session judges it once. The sign-in may end, and dismiss() this agent,
// inside the hand-off: the window told is the one that caught the redirect.
void EmbeddedSignInPrivate::resume(const QUrl &redirect)
{
    const QPointer<SignInWindowController> shown = controller;
    const RedirectHandOff::Outcome outcome = handOff.handOff(redirect);
    RedirectHandOff::show(outcome, shown.data());
}

// The sign-in ended by itself: the app reports the outcome, the window goes
// without cancelling anything.
void EmbeddedSignInPrivate::closeQuietly()
{
    if (controller)
        controller->end();
    if (window)
        window->close();
    setPresenting(false);
}

void EmbeddedSignInPrivate::setPresenting(bool value)
{
    if (presenting == value)
        return;
    presenting = value;
    emit q->presentingChanged();
}

EmbeddedSignIn::EmbeddedSignIn(QObject *parent)
    : UserAgent(parent), d(std::make_unique<EmbeddedSignInPrivate>(this))
{
    enableLinuxAccessibility();
}

EmbeddedSignIn::~EmbeddedSignIn()
{
    dismiss();
    d->releaseProfile();
}

QString EmbeddedSignIn::applicationName() const { return branding().name(); }
QString EmbeddedSignIn::tagline() const { return branding().tagline(); }
QString EmbeddedSignIn::logo() const { return branding().logoPath(); }
QString EmbeddedSignIn::accentColor() const { return branding().accentColor(); }

void EmbeddedSignIn::setApplicationName(const QString &name)
{
    Branding b = branding();
    b.setName(name);
    setBranding(b);
    emit brandingChanged();
}

void EmbeddedSignIn::setTagline(const QString &tagline)
{
    Branding b = branding();
    b.setTagline(tagline);
    setBranding(b);
    emit brandingChanged();
}

void EmbeddedSignIn::setLogo(const QString &logo)
{
    // Branding takes paths; a QML url of a file or resource becomes one.
    const QUrl url(logo);
    QString path = logo;
    if (url.isLocalFile())
        path = url.toLocalFile();
    else if (url.scheme() == QLatin1String("qrc"))
        path = QLatin1Char(':') + url.path();
    Branding b = branding();
    b.setLogoPath(path);
    setBranding(b);
    emit brandingChanged();
}

void EmbeddedSignIn::setAccentColor(const QString &color)
{
    Branding b = branding();
    b.setAccentColor(color);
    setBranding(b);
    emit brandingChanged();
}

EmbeddedSignIn::Persistence EmbeddedSignIn::persistence() const { return d->persistence; }
void EmbeddedSignIn::setPersistence(Persistence persistence)
{
    if (d->persistence == persistence)
        return;
    d->persistence = persistence;
    emit persistenceChanged();
}

QString EmbeddedSignIn::profileDirectory() const { return d->wantedProfileDirectory(); }
void EmbeddedSignIn::setProfileDirectory(const QString &directory)
{
    if (d->profileDirectory == directory)
        return;
    d->profileDirectory = directory;
    emit persistenceChanged();
}

QWindow *EmbeddedSignIn::transientParent() const { return d->transientParent; }
void EmbeddedSignIn::setTransientParent(QWindow *window)
{
    if (d->transientParent == window)
        return;
    d->transientParent = window;
    emit transientParentChanged();
}

bool EmbeddedSignIn::isPresenting() const { return d->presenting; }

void EmbeddedSignIn::clearSession()
{
    qCInfo(lcEmbedded) << "clearing the sign-in profile's session";
    if (d->profile) {
        d->profile->cookieStore()->deleteAllCookies();
        d->profile->clearHttpCache();
    }
    if (d->handOff.isOpen())
        return; // a sign-in is showing: its cookies are gone, its files stay
    // Nothing shows: the next profile starts afresh, web storage included.
    d->releaseProfile();
    const QString directory = d->wantedProfileDirectory();
    if (!directory.isEmpty() && !EmbeddedProfileFolder::startNewGeneration(directory))
        qCWarning(lcEmbedded) << "could not start a new sign-in profile in" << directory;
}

bool EmbeddedSignIn::endSession(const QUrl &, SignInError *)
{
    clearSession();
    return true;
}

UserAgentKind EmbeddedSignIn::kind() const
{
    return UserAgentKind::Embedded;
}

QUrl EmbeddedSignIn::prepare(const QUrl &redirectUri, SignInError *error)
{
    dismiss();
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        *error = SignInError(SignInError::UserAgentUnavailable,
                             QStringLiteral("embedded sign-in needs a QGuiApplication"));
        return {};
    }
    if (!redirectUri.isValid() || redirectUri.scheme().isEmpty()) {
        *error = SignInError(SignInError::InvalidConfiguration,
                             QStringLiteral("the redirect URI is not a valid absolute URL"));
        return {};
    }
    d->deleteWindow(); // the last sign-in's, if its deletion is still pending
    const RedirectMatcher redirect(redirectUri);
    QQuickWebEngineProfile *profile = d->profileFor(d->wantedProfileDirectory());
    d->interceptor->setRedirect(redirect);

    auto *controller = new SignInWindowController(profile, redirect, branding());
    d->controller = controller;
    d->handOff.open();
    const auto caught = [this](const QUrl &url) { d->resume(url); };
    // Both lines end with this sign-in's controller.
    connect(controller, &SignInWindowController::redirectCaught, this, caught);
    connect(d->interceptor, &RedirectInterceptor::redirectCaught, controller, caught);
    connect(controller, &SignInWindowController::pageLoaded, this, &EmbeddedSignIn::pageLoaded);
    // RFC 8252 §7.3 loopback redirects are used as they are: the redirect is
    // caught before it is sent, so no port needs to be chosen or opened.
    return redirectUri;
}

bool EmbeddedSignIn::present(const QUrl &authorizationUrl, UserAgentSession *session, SignInError *error)
{
    if (!d->handOff.isOpen() || !d->controller) {
        *error = SignInError(SignInError::UserAgentUnavailable, QStringLiteral("present() without prepare()"));
        return false;
    }
    d->handOff.setSession(session);
    if (session)
        connect(session, &UserAgentSession::completed, this, [this] { d->closeQuietly(); });
    d->controller->setAuthorizationUrl(authorizationUrl);
    connect(d->controller, &SignInWindowController::cancelled, this, [this] {
        if (UserAgentSession *signIn = d->handOff.session())
            signIn->cancel();
    });

    QQmlEngine *engine = d->engine();
    QQmlComponent component(engine, QUrl(QStringLiteral("qrc:/qt/qml/QtSignIn/WebEngine/SignInWindow.qml")));
    QObject *object = component.createWithInitialProperties(
            {{QStringLiteral("signIn"), QVariant::fromValue<QObject *>(d->controller.data())}});
    auto *window = qobject_cast<QWindow *>(object);
    if (!window) {
        delete object;
        *error = SignInError(SignInError::UserAgentUnavailable,
                             QStringLiteral("the sign-in window could not be created: %1").arg(component.errorString()));
        return false;
    }
    QQmlEngine::setObjectOwnership(window, QQmlEngine::CppOwnership);
    d->window = window;
    if (d->transientParent) {
        window->setTransientParent(d->transientParent);
        window->setModality(Qt::WindowModal);
    }
    qCInfo(lcEmbedded) << "opening the sign-in window on" << authorizationUrl.host();
    window->show();
    window->requestActivate();
    d->setPresenting(true);
    return true;
}

void EmbeddedSignIn::dismiss()
{
    if (UserAgentSession *session = d->handOff.session())
        disconnect(session, nullptr, this, nullptr);
    if (!d->handOff.close())
        return;
    // This may run inside a signal of the window (a redirect, a Cancel
    // click), so it is deleted later, not here. The interceptor keeps
    // blocking the redirect URI until the next prepare().
    d->closeQuietly();
    if (d->controller)
        disconnect(d->controller, nullptr, this, nullptr);
    if (d->window)
        d->window->deleteLater();
    if (d->controller)
        d->controller->deleteLater();
}

} // namespace QtSignIn
