// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

// A user agent without a browser: it records the authorization URL it is
// asked to present, and the test decides what happens next: a redirect
// arrives (deliver()), the person closes the window (closeWindow()), or the
// page could not be shown (failToPresent(), failPresentLater()).
//
// Everything that depends on the UserAgent contract (prepare, present with
// its UserAgentSession, dismiss) is in the block marked "the contract" below.

#include <QtSignIn/UserAgent.h>
#include <QtSignIn/UserAgentSession.h>

#include <QtCore/QList>
#include <QtCore/QPointer>
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
    int dismissCount() const { return m_dismissals; }
    /// The session of the sign-in presented last, until dismiss().
    QtSignIn::UserAgentSession *session() const { return m_session; }
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

    // ---- The contract ----------------------------------------------------

    /// A request reached the redirect URI; returns how the sign-in judged it
    /// (None: no sign-in is presented).
    Verdict deliver(const QUrl &redirect)
    {
        if (!m_session || m_holding)
            return Verdict::None;
        const qsizetype before = m_verdicts.size();
        // The sign-in may end, and dismiss() this agent, inside resume().
        const QPointer<QtSignIn::UserAgentSession> session = m_session;
        if (!session->resume(redirect)) {
            m_verdicts.append(Verdict::NotForThisFlow);
        } else {
            m_verdicts.append(Verdict::Accepted);
            // The outcome may be known already (completed() inside resume()).
            if (session->isCompleted())
                recordOutcome(session);
            else
                m_holding = true;
        }
        return m_verdicts.at(before);
    }
    void closeWindow()
    {
        if (m_session)
            m_session->cancel();
    }
    void failPresentLater(const QtSignIn::SignInError &error)
    {
        if (m_session)
            m_session->fail(error);
    }

    QtSignIn::UserAgentKind kind() const override { return QtSignIn::UserAgentKind::Custom; }

    QUrl prepare(const QUrl &redirectUri, QtSignIn::SignInError *) override
    {
        QUrl prepared = redirectUri;
        if (prepared.port() == -1)
            prepared.setPort(redirectPort);
        return prepared;
    }

    bool present(const QUrl &authorizationUrl, QtSignIn::UserAgentSession *session,
                 QtSignIn::SignInError *error) override
    {
        m_presented.append(authorizationUrl);
        if (m_presentError.isError()) {
            *error = std::exchange(m_presentError, QtSignIn::SignInError());
            return false;
        }
        m_session = session;
        m_holding = false;
        connect(session, &QtSignIn::UserAgentSession::completed, this, [this] {
            if (std::exchange(m_holding, false))
                recordOutcome(m_session);
        });
        return true;
    }

    void dismiss() override
    {
        ++m_dismissals;
        if (m_session)
            disconnect(m_session, nullptr, this, nullptr);
        m_session.clear();
        m_holding = false;
    }

    bool endSession(const QUrl &endSessionUrl, QtSignIn::SignInError *) override
    {
        m_endSessionUrls.append(endSessionUrl);
        return true;
    }

private:
    void recordOutcome(const QtSignIn::UserAgentSession *session)
    {
        m_verdicts.append(session->error().isError() ? Verdict::Failed : Verdict::Succeeded);
    }

    QList<QUrl> m_presented;
    QList<Verdict> m_verdicts;
    QList<QUrl> m_endSessionUrls;
    QtSignIn::SignInError m_presentError;
    QPointer<QtSignIn::UserAgentSession> m_session;
    bool m_holding = false; // a resumed redirect awaits the sign-in's outcome
    int m_dismissals = 0;
};

} // namespace QtSignInTest
