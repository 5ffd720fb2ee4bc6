// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/qtsignin_global.h>

#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QSharedDataPointer>
#include <QtCore/QString>

#include <memory>

namespace QtSignIn {

class ClientConfiguration;
class SetupFindingData;
class TokenStore;

/// One result of SetupDiagnostics: what was checked, how it went, what was
/// found, and what to do about it. Translated text, for people; check() and
/// status() are for programs.
class QTSIGNIN_CORE_EXPORT SetupFinding
{
    Q_GADGET
public:
    /// What was checked, in the order SetupDiagnostics reports them.
    enum class Check {
        Keychain,       ///< the keychain backend tokens are kept in, and whether it is locked
        BrowserLauncher,///< what would open the sign-in page
        LoopbackIPv4,   ///< listening on 127.0.0.1
        LoopbackIPv6,   ///< listening on [::1]
        RedirectUris,   ///< the redirect URIs to register at the provider
        Discovery,      ///< the provider's discovery document: reachable, JSON, valid metadata
        Issuer,         ///< the document's issuer equals the authority (OpenID Connect Discovery §4.3)
        HttpsEndpoints, ///< every endpoint is https (http only for a loopback provider)
        Pkce,           ///< PKCE S256 is advertised (RFC 7636)
        Clock,          ///< our clock against the provider's HTTP Date header
        PushedAuthorization, ///< whether sign-ins push the authorization request (RFC 9126), and whether the provider requires it
    };
    Q_ENUM(Check)

    enum class Status {
        Ok,
        Warning, ///< works, but may fail or surprise someone
        Problem, ///< signing in fails until this is put right
        Skipped, ///< could not be checked; detail() says why
    };
    Q_ENUM(Status)

    SetupFinding();
    SetupFinding(Check check, Status status, const QString &detail, const QString &advice = QString());
    SetupFinding(const SetupFinding &other);
    SetupFinding(SetupFinding &&other) noexcept;
    SetupFinding &operator=(const SetupFinding &other);
    SetupFinding &operator=(SetupFinding &&other) noexcept;
    ~SetupFinding();

    void swap(SetupFinding &other) noexcept { d.swap(other.d); }

    Check check() const;
    Status status() const;
    /// What was found.
    QString detail() const;
    /// What to do about it; empty when nothing needs doing.
    QString advice() const;
    void setAdvice(const QString &advice);

    /// Stable names for programs and JSON: "keychain", "browser",
    /// "loopback-ipv4", "loopback-ipv6", "redirect-uris", "discovery",
    /// "issuer", "https", "pkce", "clock".
    static QString checkName(Check check);
    /// "ok", "warning", "problem", "skipped".
    static QString statusName(Status status);

private:
    QSharedDataPointer<SetupFindingData> d;
};

class SetupDiagnosticsPrivate;

/// Checks that signing in can work here, and explains what to do where it
/// cannot: the keychain, the browser launcher, the loopback listener, the
/// redirect URIs to register, and, when the configuration names a provider,
/// its discovery document and clock. Nothing is signed in, no browser is
/// opened and no secret is sent; the only request to the provider is a GET
/// of its public discovery document.
///
///     auto *diagnostics = new SetupDiagnostics(configuration, this);
///     connect(diagnostics, &SetupDiagnostics::finished, this, [diagnostics] {
///         for (const SetupFinding &finding : diagnostics->findings()) ...
///     });
///     diagnostics->start();
class QTSIGNIN_CORE_EXPORT SetupDiagnostics : public QObject
{
    Q_OBJECT
public:
    /// A configuration without an authority (or endpoints) has its provider
    /// checks skipped.
    explicit SetupDiagnostics(const ClientConfiguration &configuration, QObject *parent = nullptr);
    ~SetupDiagnostics() override;

    /// Where the app keeps its tokens; the default is the keychain, as
    /// SignInClient's. Only its kind (and a file store's path) is read, now.
    void setTokenStore(const TokenStore *store);

    /// The command the app opens the sign-in page with instead of the
    /// platform's launcher (SystemBrowserUserAgent::commandLauncher()); empty
    /// (the default) for the platform's. Never run here.
    void setBrowserCommand(const QString &commandLine);

    /// Runs every check; finished() follows, from the event loop. Once only.
    void start();
    bool isFinished() const;

    /// One finding per SetupFinding::Check, in that order, once finished.
    QList<SetupFinding> findings() const;

Q_SIGNALS:
    void finished();

private:
    std::unique_ptr<SetupDiagnosticsPrivate> d;
};

} // namespace QtSignIn

Q_DECLARE_SHARED(QtSignIn::SetupFinding)
