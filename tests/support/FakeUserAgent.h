// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

// A user agent without a browser: it records the authorization URL it is
// asked to present, and the test decides what happens next: a redirect
// arrives (deliver()), the person closes the window (dismiss()), or the page
// could not be shown (failToPresent(), failPresentLater()).
//
// Everything that depends on today's UserAgent contract (prepare, present,
// respond, stop, the redirectReceived/dismissed/presentFailed signals) is in
// the block marked "the contract" below; when the contract becomes
// present(url, session) with session->resume(url), only that block changes.

#include <QtSignIn/UserAgent.h>

#include <QtCore/QList>
#include <QtCore/QUrl>
#include <QtCore/QUrlQuery>

namespace QtSignInTest {

class FakeUserAgent : public QtSignIn::UserAgent
{
    Q_OBJECT
public:
    /// How the flow judged a delivered redirect, as far as a test cares.
    enum class Verdict { None, NotForThisFlow, Accepted, Succeeded, Failed };

    using UserAgent::UserAgent;

    /// The port the fake "listener" reports, when the configuration leaves it open.
    static constexpr int redirectPort = 48123;

    // ---- What the test sees and does -------------------------------------

    QList<QUrl> presentedUrls() const { return m_presented; }
    QUrl authorizationUrl() const { return m_presented.isEmpty() ? QUrl() : m_presented.last(); }
    QUrlQuery authorizationQuery() const { return QUrlQuery(authorizationUrl()); }
    QString authorizationParameter(const QString &name) const
    {
        return authorizationQuery().queryItemValue(name, QUrl::FullyDecoded);
    }
    /// Every verdict the flow gave, in order (one redirect may get Accepted, then Succeeded).
    QList<Verdict> verdicts() const { return m_verdicts; }
    int stopCount() const { return m_stops; }
    QList<QUrl> endSessionUrls() const { return m_endSessionUrls; }

    /// The next present() fails with `error`.
    void failToPresent(const QtSignIn::SignInError &error) { m_presentError = error; }

    /// The redirect the provider would send: the presented redirect_uri with
    /// `parameters`, and the presented state unless `parameters` has one.
    QUrl redirectWith(QUrlQuery parameters) const
    {
        QUrl redirect(authorizationParameter(QStringLiteral("redirect_uri")));
        if (!parameters.hasQueryItem(QStringLiteral("state")))
            parameters.addQueryItem(QStringLiteral("state"), authorizationParameter(QStringLiteral("state")));
        redirect.setQuery(parameters);
        return redirect;
    }

    // ---- The contract (today's UserAgent) --------------------------------

    /// A request reached the redirect URI; returns how the flow judged it.
    Verdict deliver(const QUrl &redirect)
    {
        const qsizetype before = m_verdicts.size();
        emit redirectReceived(redirect);
        return m_verdicts.size() > before ? m_verdicts.at(before) : Verdict::None;
    }
    void dismiss() { emit dismissed(); }
    void failPresentLater(const QtSignIn::SignInError &error) { emit presentFailed(error); }

    QtSignIn::UserAgentKind kind() const override { return QtSignIn::UserAgentKind::Custom; }

    QUrl prepare(const QUrl &redirectUri, QtSignIn::SignInError *) override
    {
        QUrl prepared = redirectUri;
        if (prepared.port() == -1)
            prepared.setPort(redirectPort);
        return prepared;
    }

    bool present(const QUrl &authorizationUrl, QtSignIn::SignInError *error) override
    {
        m_presented.append(authorizationUrl);
        if (m_presentError.isError()) {
            *error = std::exchange(m_presentError, QtSignIn::SignInError());
            return false;
        }
        return true;
    }

    void respond(const QtSignIn::RedirectVerdict &verdict) override
    {
        switch (verdict.outcome) {
        case QtSignIn::RedirectVerdict::NotForThisFlow: m_verdicts.append(Verdict::NotForThisFlow); break;
        case QtSignIn::RedirectVerdict::Received: m_verdicts.append(Verdict::Accepted); break;
        case QtSignIn::RedirectVerdict::Succeeded: m_verdicts.append(Verdict::Succeeded); break;
        case QtSignIn::RedirectVerdict::Failed: m_verdicts.append(Verdict::Failed); break;
        }
    }

    void stop() override { ++m_stops; }

    bool endSession(const QUrl &endSessionUrl, QtSignIn::SignInError *) override
    {
        m_endSessionUrls.append(endSessionUrl);
        return true;
    }

private:
    QList<QUrl> m_presented;
    QList<Verdict> m_verdicts;
    QList<QUrl> m_endSessionUrls;
    QtSignIn::SignInError m_presentError;
    int m_stops = 0;
};

} // namespace QtSignInTest
